import type { Party, PartyType, TranscriptEvent, TranscriptEventType } from '../transport/transcript-event.js'

/** One session of the in-memory server: its transcript (indexes from 1) and state. */
export interface FakeSession {
  readonly id: string
  readonly secureKey: string
  readonly events: TranscriptEvent[]
  readonly userData: Record<string, unknown>
  ended: boolean
  nextParticipant: number
}

/** The wire object the fake server "sends" for an event (what `originalMessages` carries). */
export function wireObject(event: TranscriptEvent): Record<string, unknown> {
  return {
    index: event.wireIndex,
    type: event.wireType,
    text: event.text,
    from: { nickname: event.from.name, type: event.from.type, participantId: event.from.participantId },
    utcTime: event.timestamp,
  }
}

/**
 * An in-memory chat server: sessions with transcripts, and helpers to act as an agent. The fake
 * transport reads and writes it; tests drive the agent side through it.
 */
export class FakeChatServer {
  readonly sessions = new Map<string, FakeSession>()
  #nextSession = 1
  readonly #now: () => number

  constructor(now: () => number = () => 0) {
    this.#now = now
  }

  createSession(userData: Record<string, unknown>): FakeSession {
    const n = this.#nextSession++
    const session: FakeSession = {
      id: `session-${n}`,
      secureKey: `key-${n}`,
      events: [],
      userData: { ...userData },
      ended: false,
      nextParticipant: 1,
    }
    this.sessions.set(session.secureKey, session)
    return session
  }

  /** The most recent session (what the agent helpers act on). */
  get current(): FakeSession {
    const last = [...this.sessions.values()].at(-1)
    if (!last) throw new Error('fake server: no session yet')
    return last
  }

  append(
    session: FakeSession,
    type: TranscriptEventType,
    from: Party,
    fields: Partial<Pick<TranscriptEvent, 'text' | 'url' | 'userData'>> = {},
  ): TranscriptEvent {
    const index = session.events.length + 1
    const event: TranscriptEvent = {
      index,
      wireIndex: index,
      type,
      wireType: type,
      from,
      timestamp: this.#now(),
      ...fields,
    }
    session.events.push(event)
    return event
  }

  party(session: FakeSession, name: string, type: PartyType): Party {
    const known = session.events.find((e) => e.from.name === name && e.from.type === type)
    return known ? known.from : { name, type, participantId: session.nextParticipant++ }
  }

  agentJoins(name = 'Agent Smith', type: PartyType = 'Agent'): TranscriptEvent {
    const session = this.current
    return this.append(session, 'ParticipantJoined', this.party(session, name, type))
  }

  agentLeaves(name = 'Agent Smith', type: PartyType = 'Agent'): TranscriptEvent {
    const session = this.current
    return this.append(session, 'ParticipantLeft', this.party(session, name, type))
  }

  agentSays(text: string, name = 'Agent Smith', type: PartyType = 'Agent'): TranscriptEvent {
    const session = this.current
    return this.append(session, 'Message', this.party(session, name, type), { text })
  }

  agentTyping(started: boolean, name = 'Agent Smith'): TranscriptEvent {
    const session = this.current
    return this.append(
      session,
      started ? 'TypingStarted' : 'TypingStopped',
      this.party(session, name, 'Agent'),
    )
  }

  /** The server ends the chat (the agent closes it). */
  endChat(): void {
    const session = this.current
    this.agentLeaves()
    session.ended = true
  }

  /** The transcript's texts in index order (what a client transcript must equal). */
  texts(session: FakeSession = this.current): string[] {
    return session.events.filter((e) => e.type === 'Message').map((e) => e.text ?? '')
  }
}
