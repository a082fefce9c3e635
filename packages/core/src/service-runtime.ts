import { AgentRoster } from './agents/agent-roster.js'
import type { GuardState } from './commands/command-guards.js'
import type { Clock } from './config/clock.js'
import type { ResolvedConfig } from './config/parse-config.js'
import type { StorageLike } from './config/storage.js'
import { EventHub } from './events/event-hub.js'
import { publishTranscriptEvents } from './events/publish-transcript-events.js'
import { healthyPoll, type PollHealth, stepPollHealth } from './polling/poll-health.js'
import { Poller } from './polling/poller.js'
import { AsyncSessionHooks } from './session/async-session-hooks.js'
import { clearStoredSession, writeStoredSession } from './session/session-store.js'
import { standardFilter, storeFilters } from './transcript/message-filters.js'
import { emptyTranscript, mergeBatch, type TranscriptState } from './transcript/transcript-state.js'
import type { AjaxResponse } from './transport/ajax-response.js'
import type { Batch, CallOptions, ChatTransport, SessionData } from './transport/transport.js'
import type { TransportFailure } from './transport/transport-result.js'
import type { Preprocessor } from './types/chat-message.js'
import { PreviewInputWatcher } from './typing/preview-input.js'
import { TypingBurst } from './typing/typing-burst.js'

export type Phase = 'idle' | 'starting' | 'active' | 'ending' | 'restoring'

export interface RuntimeDeps {
  readonly transport: ChatTransport
  readonly clock: Clock
  readonly storage: StorageLike
  readonly ids: () => string
  readonly config: ResolvedConfig
  readonly cookie: unknown
  readonly cookieOptions: unknown
}

/**
 * The shell: the service's state and the effects (transport calls, events, timers, storage) that the
 * commands and the pure parts (transcript merge, poll health, cadence) decide on.
 */
export class ServiceRuntime {
  readonly transport: ChatTransport
  readonly clock: Clock
  readonly storage: StorageLike
  readonly ids: () => string
  readonly hub = new EventHub()
  readonly roster = new AgentRoster()
  readonly poller: Poller
  readonly typing: TypingBurst
  /** registerTypingPreviewInput: input events on the registered element drive sendTyping. */
  readonly previewInput = new PreviewInputWatcher((value) => {
    if (this.active) this.typing.type(value).catch(() => {})
  })
  config: ResolvedConfig
  hooks: AsyncSessionHooks
  phase: Phase = 'idle'
  session: SessionData | undefined
  /** Bumped at every session start and end: replies of an older session are ignored. */
  generation = 0
  transcript: TranscriptState = emptyTranscript
  health: PollHealth = healthyPoll
  filters: RegExp[] = []
  preprocessors: Preprocessor[] = []
  userData: Record<string, unknown>
  startTime: number | undefined
  endTime: number | undefined
  historyExhausted = false
  /** Set by a restore that found the server offline: the first good poll replays the transcript as restoring. */
  replayPending = false
  /** Set by dispose(): nothing starts again (no session, no polling). */
  disposed = false
  /** The updateUserData keys since the last configure: they stay layered over a new config's userData. */
  #userDataUpdates: Record<string, unknown> = {}
  readonly #abort = new AbortController()
  readonly #cookie: unknown
  readonly #cookieOptions: unknown

  constructor(deps: RuntimeDeps) {
    this.transport = deps.transport
    this.clock = deps.clock
    this.storage = deps.storage
    this.ids = deps.ids
    this.config = deps.config
    this.#cookie = deps.cookie
    this.#cookieOptions = deps.cookieOptions
    this.hooks = new AsyncSessionHooks(deps.config, deps.cookie, deps.cookieOptions)
    this.userData = { ...deps.config.userData }
    this.poller = new Poller(this)
    this.typing = new TypingBurst(this)
  }

  get active(): boolean {
    return this.phase === 'active' && this.session !== undefined
  }

  /** The open session; commands whose guards require one call this (a missing session here is a bug). */
  requireSession(): SessionData {
    if (!this.session) throw new Error('chatwire: command ran without the session its guard requires')
    return this.session
  }

  /** The state the command guards look at. */
  guardState(caller: string | undefined): GuardState {
    const t = this.transport
    return {
      phase: this.phase,
      active: this.active,
      caller,
      capabilities: t.capabilities,
      asyncMode: this.hooks.enabled,
      pollInFlight: this.poller.inFlight,
      historyExhausted: this.historyExhausted,
      hasUploadFile: typeof t.uploadFile === 'function',
      hasDownloadFile: typeof t.downloadFile === 'function',
      hasHistory: typeof t.history === 'function',
    }
  }

  reconfigure(config: ResolvedConfig): void {
    this.config = config
    this.hooks = new AsyncSessionHooks(config, this.#cookie, this.#cookieOptions)
    // configure replaces the stored userData with the config's (real-widget.md §3.2)
    this.userData = { ...config.userData, ...this.#userDataUpdates }
    this.#userDataUpdates = {}
  }

  /** updateUserData: a shallow merge of `delta` into the stored userData. */
  mergeUserData(delta: Record<string, unknown>): void {
    this.userData = { ...this.userData, ...delta }
    this.#userDataUpdates = { ...this.#userDataUpdates, ...delta }
  }

  callOptions(): CallOptions {
    return { timeout: this.config.ajaxTimeout, signal: this.#abort.signal }
  }

  /** A session starts (startChat or restore): fresh transcript, agents and health. */
  beginSession(session: SessionData): void {
    this.generation++
    this.phase = 'active'
    this.session = session
    this.transcript = emptyTranscript
    this.health = healthyPoll
    this.historyExhausted = false
    this.replayPending = false
    this.roster.clear()
    this.startTime = this.clock.now()
    this.endTime = undefined
    this.persist()
  }

  /** Runs a batch through the message pipeline and publishes what it brings. */
  ingest(batch: Batch, response: AjaxResponse, options: { restoring: boolean; history?: boolean }): void {
    if (!this.session) return
    const { state, fresh } = mergeBatch(this.transcript, batch, {
      restoring: options.restoring,
      filters: [standardFilter, ...this.filters],
      preprocessors: this.preprocessors,
      newId: this.ids,
      keepCursor: options.history === true,
    })
    this.transcript = state
    this.#updateSession(batch.session)
    publishTranscriptEvents(this, fresh, response, options.restoring)
    if (batch.chatEnded && !options.history) this.endLocally()
  }

  /** Applies a poll outcome to the connection health and publishes the resulting events. */
  recordPoll(outcome: { ok: true } | TransportFailure): void {
    const step = stepPollHealth(this.health, outcome, {
      limit: this.config.pollExceptionLimit,
      offlineEvents: this.transport.capabilities.offlineEvents,
    })
    this.health = step.health
    for (const event of step.events) this.hub.publish(event, undefined)
  }

  /**
   * A wire call failed: publish `error`; a lost session ends locally and is handed to deleteSessionData.
   * `generation` is the one the call started in: the failure of an ended session's call is ignored.
   */
  failed(failure: TransportFailure, generation: number): void {
    if (generation !== this.generation) return
    this.hub.publish('error', failure.response)
    if (failure.kind === 'session-lost' && this.session) {
      this.hooks.lost({ kind: failure.kind, message: failure.message, response: failure.response })
      this.endLocally()
    }
  }

  /** Ends the session on this side: polling and typing stop, storage is cleared, `ended` is published. */
  endLocally(): void {
    if (this.session === undefined && this.phase === 'idle') return
    this.poller.stop()
    this.typing.reset()
    this.roster.disconnectAll(this.clock.now())
    this.generation++
    this.phase = 'idle'
    this.session = undefined
    this.endTime = this.clock.now()
    this.filters = []
    clearStoredSession(this.storage)
    this.hub.publish('ended', undefined)
  }

  /** Stores the session for a restore after a page load; `ping` = now. */
  persist(): void {
    if (!this.session) return
    writeStoredSession(this.storage, {
      transport: this.transport.name,
      session: this.session,
      ping: this.clock.now(),
      filters: storeFilters(this.filters),
      userData: this.userData,
    })
  }

  dispose(): void {
    this.disposed = true
    this.poller.stop({ silent: true })
    this.typing.reset()
    this.previewInput.release()
    this.#abort.abort()
    this.generation++
    this.hub.clear()
  }

  /** A reply's session fields (GMS rotates alias/secureKey, v3 may issue a new token) update the live session. */
  #updateSession(fields: SessionData): void {
    const previous = this.session
    const next = { ...previous, ...fields }
    this.session = next
    this.persist()
    if (previous && !sameSession(previous, next)) this.hooks.handOut(next)
  }
}

function sameSession(a: SessionData, b: SessionData): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) if (a[key] !== b[key]) return false
  return true
}
