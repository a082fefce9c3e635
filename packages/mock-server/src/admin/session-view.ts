import type { PartyType, TranscriptEventType } from '@chatwire/core'
import type { ChatSession, SessionProtocol } from '../model/chat-session.js'
import type { ModelEvent } from '../model/model-event.js'
import { type Participant, SYSTEM_NAME } from '../model/participant.js'
import type { UserDataMap } from '../model/user-data.js'

export interface ParticipantView {
  /** GMS participantId. */
  readonly participantId: number
  /** v3 participantId. */
  readonly uuid: string
  readonly name: string
  readonly type: PartyType
  readonly connected: boolean
  readonly typing: boolean
}

export interface EventView {
  /** 1-based transcript position. */
  readonly index: number
  readonly type: TranscriptEventType
  readonly time: number
  readonly from: { readonly participantId: number; readonly name: string; readonly type: PartyType }
  readonly text?: string
  readonly url?: string
  readonly messageType?: string
  readonly userData?: Readonly<Record<string, string>>
}

export interface SessionSummary {
  readonly id: string
  readonly protocol: SessionProtocol
  readonly serviceName: string
  readonly clientName: string
  readonly createdAt: number
  readonly ended: boolean
  readonly eventCount: number
  readonly participants: readonly ParticipantView[]
}

export interface SessionDetail extends SessionSummary {
  readonly transcript: readonly EventView[]
  readonly userData: UserDataMap
  readonly clientFields: Readonly<Record<string, string>>
  readonly files: readonly {
    readonly fileId: string
    readonly name: string
    readonly mime: string
    readonly size: number
  }[]
}

export function participantView(session: ChatSession, p: Participant): ParticipantView {
  return {
    participantId: p.number,
    uuid: p.uuid,
    name: p.name,
    type: p.type,
    connected: p.connected,
    typing: session.isTyping(p),
  }
}

export function eventView(e: ModelEvent): EventView {
  return {
    index: e.seq,
    type: e.type,
    time: e.time,
    from: { participantId: e.from.number, name: e.from.name, type: e.from.type },
    ...(e.text === undefined ? {} : { text: e.text }),
    ...(e.url === undefined ? {} : { url: e.url }),
    ...(e.messageType === undefined ? {} : { messageType: e.messageType }),
    ...(e.userData === undefined ? {} : { userData: e.userData }),
  }
}

export function sessionSummary(s: ChatSession): SessionSummary {
  return {
    id: s.id,
    protocol: s.protocol,
    serviceName: s.serviceName,
    clientName: s.client.name,
    createdAt: s.createdAt,
    ended: s.ended,
    eventCount: s.events.length,
    // only the system party itself (External, SYSTEM_NAME) is hidden, not a person who calls themself 'system'
    participants: s.participants
      .filter((p) => !(p.type === 'External' && p.name === SYSTEM_NAME))
      .map((p) => participantView(s, p)),
  }
}

export function sessionDetail(s: ChatSession): SessionDetail {
  return {
    ...sessionSummary(s),
    transcript: s.events.map(eventView),
    userData: s.userData,
    clientFields: s.clientFields,
    files: [...s.files.files.values()]
      .filter((f) => !f.deleted)
      .map((f) => ({ fileId: f.id, name: f.name, mime: f.mime, size: f.bytes.byteLength })),
  }
}
