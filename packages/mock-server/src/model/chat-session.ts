import type { PartyType, TranscriptEventType } from '@chatwire/core'
import type { Clock } from '../clock.js'
import type { FaultConfig } from '../faults/fault-config.js'
import { newChatId, randomHex, randomUuid } from '../ids.js'
import type { FileLimitsConfig } from './file-limits.js'
import { FileStore } from './file-store.js'
import type { ModelEvent } from './model-event.js'
import { type NexusIndex, nextNexusIndex } from './nexus-index.js'
import { type Participant, SYSTEM_NAME } from './participant.js'
import { mergeUserData, type UserDataMap } from './user-data.js'

export type SessionProtocol = 'gms-v2' | 'nexus-v3'

export interface ChatSessionInit {
  readonly protocol: SessionProtocol
  readonly serviceName: string
  readonly clientName: string
  readonly clientFields: Readonly<Record<string, string>>
  readonly userData: UserDataMap
  readonly clock: Clock
  readonly fileLimits: FileLimitsConfig
  readonly alias: string
  readonly onEvent: (session: ChatSession, event: ModelEvent) => void
}

/** Most v3 transports (one per start/resume: tabs, page loads) a session keeps [PROP]. */
export const MAX_TRANSPORTS = 32

type EventFields = Pick<ModelEvent, 'text' | 'url' | 'messageType' | 'userData' | 'content'>

/** One chat: participants, transcript, typing, user data, files and end state. Protocol-neutral. */
export class ChatSession {
  /** GMS chatId / v3 sessionId. */
  readonly id: string
  readonly protocol: SessionProtocol
  readonly serviceName: string
  readonly createdAt: number
  /** GMS identity (secureKey is the session secret). */
  readonly secureKey: string
  readonly userId: string
  readonly alias: string
  readonly participants: Participant[] = []
  readonly events: ModelEvent[] = []
  readonly clientFields: Readonly<Record<string, string>>
  userData: UserDataMap
  /**
   * v3 client connections: transportId → seq of the newest event delivered (§9 of pureengage-v3.md).
   * Add with `addTransport`: at most MAX_TRANSPORTS, the oldest dropped first.
   */
  readonly transports = new Map<string, number>()
  ended = false
  endedAt: number | undefined
  /** Set when the store ended the session because its client stopped making requests. */
  abandoned = false
  lastClientActivity: number
  /** The client's last request of any kind (polls included), for ending abandoned sessions. */
  lastClientRequest: number
  /** Per-session fault settings (override the global ones). */
  faults: FaultConfig | undefined
  /** Armed timers (typing timeouts, idle), so `end` can disarm them. */
  readonly timers = new Map<string, unknown>()
  private fileStore: FileStore | undefined
  private waiters: Set<() => void> | undefined
  private lastTime = 0
  private lastNexusIndex: NexusIndex | undefined
  private readonly clock: Clock
  private readonly fileLimits: FileLimitsConfig
  private readonly onEvent: ChatSessionInit['onEvent']

  constructor(init: ChatSessionInit) {
    this.clock = init.clock
    this.protocol = init.protocol
    this.serviceName = init.serviceName
    this.id = init.protocol === 'gms-v2' ? newChatId() : randomUuid()
    this.secureKey = randomHex(16)
    this.userId = randomHex(16).toUpperCase()
    this.alias = init.alias
    this.clientFields = init.clientFields
    this.userData = init.userData
    this.fileLimits = init.fileLimits
    this.onEvent = init.onEvent
    this.createdAt = init.clock.now()
    this.lastClientActivity = this.createdAt
    this.lastClientRequest = this.createdAt
    const client = this.addParticipant(init.clientName, 'Client')
    this.append('ParticipantJoined', client)
  }

  get client(): Participant {
    return this.participants[0] as Participant
  }

  get files(): FileStore {
    this.fileStore ??= new FileStore(this.fileLimits)
    return this.fileStore
  }

  get lastSeq(): number {
    return this.events.length
  }

  /** Registers a v3 transport (start, resume); past MAX_TRANSPORTS the oldest one stops authenticating. */
  addTransport(transportId: string, cursor: number): void {
    this.transports.set(transportId, cursor)
    for (const oldest of this.transports.keys()) {
      if (this.transports.size <= MAX_TRANSPORTS) break
      this.transports.delete(oldest)
    }
  }

  /** Connected agents and supervisors (bots excluded), for `upload-need-agent` and the console. */
  agentsPresent(): boolean {
    return this.participants.some((p) => p.connected && (p.type === 'Agent' || p.type === 'Supervisor'))
  }

  participant(ref: number | string): Participant | undefined {
    return this.participants.find((p) => p.number === ref || p.uuid === ref)
  }

  /** The system party, created on first use; it never "joins". */
  system(): Participant {
    const found = this.participants.find((p) => p.type === 'External' && p.name === SYSTEM_NAME)
    if (found !== undefined) return found
    const p = this.newParticipant(SYSTEM_NAME, 'External')
    p.connected = false
    return p
  }

  /** Appends an event, notifies listeners and wakes long-poll waiters. Returns undefined after the end. */
  append(type: TranscriptEventType, from: Participant, fields: EventFields = {}): ModelEvent | undefined {
    if (this.ended) return undefined
    this.lastTime = Math.max(this.lastTime, this.clock.now())
    this.lastNexusIndex = nextNexusIndex(this.lastNexusIndex, this.lastTime)
    const event: ModelEvent = {
      seq: this.events.length + 1,
      type,
      from,
      time: this.lastTime,
      nexusIndex: this.lastNexusIndex,
      ...fields,
    }
    this.events.push(event)
    this.onEvent(this, event)
    this.wake()
    return event
  }

  /** Events with seq ≥ from (1 = everything). */
  eventsFrom(from: number): ModelEvent[] {
    return this.events.slice(Math.max(0, from - 1))
  }

  addParticipant(name: string, type: PartyType): Participant {
    const p = this.newParticipant(name, type)
    return p
  }

  /** A party joins: adds it and appends ParticipantJoined. */
  join(name: string, type: PartyType): Participant | undefined {
    if (this.ended) return undefined
    const p = this.newParticipant(name, type)
    this.append('ParticipantJoined', p)
    return p
  }

  /** A party leaves: appends ParticipantLeft. Returns false when it was not connected. */
  leave(p: Participant): boolean {
    if (this.ended || !p.connected) return false
    this.stopTyping(p, false)
    this.append('ParticipantLeft', p)
    p.connected = false
    p.leftAt = this.clock.now()
    return true
  }

  /** Starts a typing burst; auto-stops after `timeoutMs` without a stop (0 = never). */
  startTyping(p: Participant, text: string | undefined, timeoutMs: number): void {
    const key = `typing:${p.number}`
    const wasTyping = this.timers.has(key)
    this.disarm(key)
    if (!wasTyping) this.append('TypingStarted', p, text === undefined ? {} : { text })
    this.timers.set(
      key,
      timeoutMs > 0 ? this.clock.setTimeout(() => this.stopTyping(p, true), timeoutMs) : undefined,
    )
  }

  /** Ends a typing burst; appends TypingStopped when `announce` and the party was typing. */
  stopTyping(p: Participant, announce: boolean, text?: string): void {
    const key = `typing:${p.number}`
    if (!this.timers.has(key)) {
      return
    }
    this.disarm(key)
    if (announce) this.append('TypingStopped', p, text === undefined ? {} : { text })
  }

  isTyping(p: Participant): boolean {
    return this.timers.has(`typing:${p.number}`)
  }

  mergeUserData(delta: UserDataMap): void {
    this.userData = mergeUserData(this.userData, delta)
  }

  /** Ends the session: every connected party leaves (others first, the client last), then `ended`. */
  end(): void {
    if (this.ended) return
    const others = this.participants.filter((p) => p.connected && p.type !== 'Client')
    for (const p of others) this.leave(p)
    this.leave(this.client)
    for (const key of [...this.timers.keys()]) this.disarm(key)
    this.ended = true
    this.endedAt = this.clock.now()
    this.wake()
  }

  /** Ends the session and disarms every timer and long-poll wait it still holds (server shutdown). */
  close(): void {
    this.end()
    for (const key of [...this.timers.keys()]) this.disarm(key)
    this.wake()
  }

  /** Arms a named timer on the session's clock; nothing is armed once the session has ended. */
  arm(key: string, ms: number, fn: () => void): void {
    this.disarm(key)
    if (this.ended) return
    this.timers.set(
      key,
      this.clock.setTimeout(() => {
        this.timers.delete(key)
        fn()
      }, ms),
    )
  }

  disarm(key: string): void {
    if (!this.timers.has(key)) return
    const handle = this.timers.get(key)
    if (handle !== undefined) this.clock.clearTimeout(handle)
    this.timers.delete(key)
  }

  /** Resolves on the next event or end, or after `ms` (long-poll). */
  waitForChange(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.waiters ??= new Set()
      const waiters = this.waiters
      const done = (): void => {
        this.clock.clearTimeout(handle)
        waiters.delete(done)
        resolve()
      }
      const handle = this.clock.setTimeout(done, ms)
      waiters.add(done)
    })
  }

  private wake(): void {
    if (this.waiters === undefined) return
    for (const w of [...this.waiters]) w()
  }

  private newParticipant(name: string, type: PartyType): Participant {
    const p: Participant = {
      number: this.participants.length + 1,
      uuid: randomUuid(),
      name,
      type,
      joinedAt: this.clock.now(),
      leftAt: undefined,
      connected: true,
    }
    this.participants.push(p)
    return p
  }
}
