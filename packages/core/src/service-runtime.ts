import { type AgentRoster, createAgentRoster } from './agents/agent-roster.js'
import { guarded } from './commands/command-guards.js'
import type { Clock } from './config/clock.js'
import type { ResolvedConfig } from './config/parse-config.js'
import type { StorageLike } from './config/storage.js'
import { createEventHub, type EventHub } from './events/event-hub.js'
import { publishTranscriptEvents } from './events/publish-transcript-events.js'
import { healthyPoll, type PollHealth } from './polling/poll-health.js'
import { createPoller, type Poller } from './polling/poller.js'
import type { Outcome } from './rows/outcome.js'
import { handOutSession, sessionLost } from './session/async-session-hooks.js'
import { clearStoredSession, writeStoredSession } from './session/session-store.js'
import { storeFilters } from './transcript/message-filters.js'
import { emptyTranscript, mergeBatch, type TranscriptState } from './transcript/transcript-state.js'
import type { AjaxResponse } from './transport/ajax-response.js'
import type { Batch, CallOptions, ChatTransport, SessionData } from './transport/transport.js'
import type { TransportFailure, TransportResult } from './transport/transport-result.js'
import type { Preprocessor } from './types/chat-message.js'
import { createPreviewInputWatcher, type PreviewInputWatcher } from './typing/preview-input.js'
import { createTypingBurst, type TypingBurst } from './typing/typing-burst.js'

export type Phase = 'idle' | 'starting' | 'active' | 'ending' | 'restoring'

export interface RuntimeDeps {
  readonly transport: ChatTransport
  readonly clock: Clock
  readonly storage: StorageLike
  readonly ids: () => string
  readonly config: ResolvedConfig
  /** Passed to the async session hooks as `Cookie`. */
  readonly cookie?: unknown
  /** Passed to the async session hooks as `CookieOptions`. */
  readonly cookieOptions: unknown
  /** Receives downloadFile's file. */
  readonly saveFile: (file: Blob, name: string | undefined) => void
}

/** Handles the reply of a wire call of the open session (only while that session is still open). */
type OnReply<T> = (value: T, response: AjaxResponse) => void
/** The transport calls of the open session: each takes one argument after the session. */
type SessionCalls = Required<Pick<ChatTransport, 'send' | 'history' | 'uploadFile' | 'downloadFile'>>
type SessionCall = keyof SessionCalls
/** What the success of a session call carries. */
type Reply<M extends SessionCall> = Extract<Awaited<ReturnType<SessionCalls[M]>>, { ok: true }>['value']

/**
 * The shell: the service's state and the effects (transport calls, events, timers, storage) that the
 * commands and the pure parts (transcript merge, poll health, cadence) decide on.
 */
export interface ServiceRuntime extends RuntimeDeps {
  config: ResolvedConfig
  readonly hub: EventHub
  readonly roster: AgentRoster
  readonly poller: Poller
  readonly typing: TypingBurst
  /** registerTypingPreviewInput: input events on the registered element drive sendTyping. */
  readonly previewInput: PreviewInputWatcher
  phase: Phase
  session?: SessionData | undefined
  /** A session is open (phase `active`). */
  readonly active: boolean
  /** Bumped at every session start and end: replies of an older session are ignored. */
  generation: number
  transcript: TranscriptState
  health: PollHealth
  filters: RegExp[]
  preprocessors: Preprocessor[]
  userData: Record<string, unknown>
  startTime?: number | undefined
  endTime?: number | undefined
  /** fetchHistory found no more messages. */
  historyExhausted?: boolean
  /** Set by a restore that found the server offline: the first good poll replays the transcript as restoring. */
  replayPending?: boolean
  /** sleep (beyond the seed) slowed polling down; wake ends it. */
  asleep?: boolean
  /** The last restore's run (verifySession waits for one in progress). */
  restoring?: Promise<Outcome<'restore'>>
  /** Set by dispose(): nothing starts again (no session, no polling). */
  disposed?: boolean
  callOptions(): CallOptions
  /** Runs `run` in `phase` (startChat, restore); the phase goes back to idle after unless `run` moved it on. */
  during<T>(phase: Phase, run: () => Promise<T>): Promise<T>
  /**
   * One wire call of the open session (`transport[method](session, argument, callOptions)`; the command's
   * guards ensured the session and the method): a failure is handed to `failed`; `onReply` runs when the
   * reply comes while that session is still open (a reply of an ended session is ignored).
   */
  exchange<M extends SessionCall>(
    method: M,
    argument: Parameters<SessionCalls[M]>[1],
    onReply?: OnReply<Reply<M>>,
  ): Promise<TransportResult<Reply<M>>>
  /** configure: the new configuration; its userData replaces the stored one (updateUserData keys stay over it). */
  reconfigure(config: ResolvedConfig): void
  /** updateUserData: a shallow merge of `delta` into the stored userData. */
  mergeUserData(delta: Record<string, unknown>): void
  /** A session starts (startChat or restore): fresh transcript, agents and health. */
  beginSession(session: SessionData): void
  /** Runs a batch through the message pipeline and publishes what it brings (history pages keep the cursor). */
  ingest(batch: Batch, response: AjaxResponse, restoring?: boolean, history?: boolean): void
  /**
   * A wire call failed: publish `error`; a lost session ends locally and is handed to deleteSessionData.
   * `generation` is the one the call started in: the failure of an ended session's call is ignored.
   */
  failed(failure: TransportFailure, generation: number): void
  /** Ends the session on this side: polling and typing stop, storage is cleared, `ended` is published. */
  endLocally(): void
  /** Stores the session for a restore after a page load; `ping` = now. */
  persist(): void
  dispose(): void
}

/** The runtime before its poller and typing burst exist (they are made with the runtime they act on). */
type Unfinished = Omit<ServiceRuntime, 'poller' | 'typing'>

export function createServiceRuntime(deps: RuntimeDeps): ServiceRuntime {
  const { transport, clock, storage } = deps
  const hub = createEventHub()
  const roster = createAgentRoster()
  const abort = new AbortController()
  /** The updateUserData keys since the last configure: they stay layered over a new config's userData. */
  let userDataUpdates: Record<string, unknown> = {}

  /** Polling and typing stop, and replies of the calls still out are ignored (pollingStopped unless `silent`). */
  const halt = (silent?: boolean) => {
    runtime.poller.stop(silent)
    runtime.typing.reset()
    runtime.generation++
  }

  const runtime = {
    ...deps,
    hub,
    roster,
    previewInput: createPreviewInputWatcher((value) => {
      if (runtime.active) runtime.typing.type(value).catch(() => {})
    }),
    phase: 'idle',
    get active() {
      return runtime.phase === 'active' && runtime.session !== undefined
    },
    generation: 0,
    transcript: emptyTranscript,
    health: healthyPoll,
    filters: [],
    preprocessors: [],
    userData: { ...deps.config.userData },

    callOptions: () => ({ timeout: runtime.config.ajaxTimeout, signal: abort.signal }),

    async during(phase, run) {
      runtime.phase = phase
      try {
        return await run()
      } finally {
        if (runtime.phase === phase) runtime.phase = 'idle'
      }
    },

    async exchange(method, argument, onReply) {
      const { generation } = runtime
      const call = guarded(transport[method]) as (...args: unknown[]) => Promise<TransportResult<never>>
      const result = await call.call(transport, guarded(runtime.session), argument, runtime.callOptions())
      if (!result.ok) runtime.failed(result, generation)
      else if (generation === runtime.generation) onReply?.(result.value, result.response)
      return result
    },

    reconfigure(config) {
      runtime.config = config
      // configure replaces the stored userData with the config's (real-widget.md §3.2)
      runtime.userData = { ...config.userData, ...userDataUpdates }
      userDataUpdates = {}
    },

    mergeUserData(delta) {
      runtime.userData = { ...runtime.userData, ...delta }
      userDataUpdates = { ...userDataUpdates, ...delta }
    },

    beginSession(session) {
      runtime.generation++
      runtime.phase = 'active'
      runtime.session = session
      runtime.transcript = emptyTranscript
      runtime.health = healthyPoll
      runtime.historyExhausted = false
      runtime.asleep = false
      runtime.replayPending = false
      roster.clear()
      runtime.startTime = clock.now()
      runtime.endTime = undefined
      runtime.persist()
    },

    ingest(batch, response, restoring = false, history = false) {
      if (!runtime.session) return
      const { state, fresh } = mergeBatch(runtime.transcript, batch, runtime, restoring, history)
      runtime.transcript = state
      // a reply's session fields (GMS rotates alias/secureKey, v3 may issue a new token) update the live session
      const previous = runtime.session
      runtime.session = { ...previous, ...batch.session }
      runtime.persist()
      // session data is flat (strings and numbers): equal data gives equal JSON
      if (JSON.stringify(previous) !== JSON.stringify(runtime.session))
        handOutSession(runtime, runtime.session)
      publishTranscriptEvents(runtime, fresh, response, restoring)
      if (batch.chatEnded && !history) runtime.endLocally()
    },

    failed(failure, generation) {
      if (generation !== runtime.generation) return
      hub.publish('error', failure.response)
      if (failure.kind === 'session-lost' && runtime.session) {
        sessionLost(runtime, { kind: failure.kind, message: failure.message, response: failure.response })
        runtime.endLocally()
      }
    },

    endLocally() {
      if (runtime.session === undefined && runtime.phase === 'idle') return
      halt()
      roster.disconnectAll(clock.now())
      runtime.phase = 'idle'
      runtime.session = undefined
      runtime.endTime = clock.now()
      runtime.filters = []
      runtime.asleep = false
      clearStoredSession(storage)
      hub.publish('ended')
    },

    persist() {
      if (!runtime.session) return
      writeStoredSession(storage, {
        transport: transport.name,
        session: runtime.session,
        ping: clock.now(),
        filters: storeFilters(runtime.filters),
        userData: runtime.userData,
      })
    },

    dispose() {
      runtime.disposed = true
      halt(true)
      runtime.previewInput.release()
      abort.abort()
      hub.clear()
    },
  } satisfies Unfinished as Unfinished as ServiceRuntime
  // the poller and the typing burst act on the runtime they belong to
  return Object.assign(runtime, { poller: createPoller(runtime), typing: createTypingBurst(runtime) })
}
