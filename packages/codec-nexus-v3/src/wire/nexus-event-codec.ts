import type { DecodeIssue, TranscriptEvent } from '@chatwire/core'
import {
  NEXUS_EVENT_TYPES,
  NEXUS_PARTY_TYPES,
  NEXUS_WIRE_EVENT_TYPES,
  NEXUS_WIRE_PARTY_TYPES,
  type NexusWirePartyType,
} from './event-types.js'
import { readNexusIndex } from './nexus-index.js'
import { ownFields } from './own-fields.js'
import type { WireEvent } from './wire-schemas.js'

/** The wire event object the server half writes (the fields of §6 that the neutral event carries). */
export interface NexusWireEvent {
  index: string | number
  type: string
  utcTime: number
  from: { nickname: string; type: NexusWirePartyType; participantId: string }
  text?: string
  url?: string
  contentType?: string
  content?: unknown
  userData?: Record<string, string>
}

/**
 * A validated wire event (by `WireEventSchema` or `WIRE_EVENT_SHAPE`) → the neutral event (§6): Text→Message,
 * Customer→Client, index '<ms>-<seq>' → number (readNexusIndex) with wireIndex kept, utcTime→timestamp,
 * contentType→messageType, userData as a prototype-free copy. `path` prefixes issues.
 */
export function decodeNexusEvent(
  wire: WireEvent,
  path: string,
):
  | { readonly ok: true; readonly value: TranscriptEvent }
  | { readonly ok: false; readonly issue: DecodeIssue } {
  const { index: wireIndex, type, from, text, url, contentType, content, userData } = wire
  const index = readNexusIndex(wireIndex)
  if (index === undefined) {
    const message = `expected '<ms>-<seq>' digits, got ${JSON.stringify(wireIndex)}`
    return { ok: false, issue: { path: `${path}.index`, message } }
  }
  const event: { -readonly [K in keyof TranscriptEvent]: TranscriptEvent[K] } = {
    index,
    wireIndex,
    type: NEXUS_EVENT_TYPES[type] ?? 'Unknown',
    wireType: type,
    from: {
      name: from.nickname ?? from.firstName ?? '',
      type: NEXUS_PARTY_TYPES[from.type] ?? 'External',
      participantId: from.participantId,
    },
    timestamp: wire.utcTime,
  }
  if (text !== undefined) event.text = text
  if (url !== undefined) event.url = url
  if (contentType !== undefined) event.messageType = contentType
  if (userData !== undefined) event.userData = ownFields(userData)
  if (content !== undefined) event.content = content
  return { ok: true, value: event }
}

/**
 * Neutral event → the v3 wire event (server half); the inverse of `decodeNexusEvent`: decoding the result
 * gives back every field of `event`. The wire type is `event.wireType` when it reads as the same neutral
 * type (so 'Text' and 'Message' both survive), else the table's name; `Unknown` keeps its wireType.
 */
export function encodeNexusEvent(event: TranscriptEvent): NexusWireEvent {
  const sameType = (NEXUS_EVENT_TYPES[event.wireType] ?? 'Unknown') === event.type
  const type = event.type === 'Unknown' || sameType ? event.wireType : NEXUS_WIRE_EVENT_TYPES[event.type]
  const fromType = NEXUS_WIRE_PARTY_TYPES[event.from.type]
  const wire: NexusWireEvent = {
    index: event.wireIndex ?? event.index ?? '',
    type,
    utcTime: event.timestamp,
    from: { nickname: event.from.name, type: fromType, participantId: String(event.from.participantId) },
  }
  if (event.text !== undefined) wire.text = event.text
  if (event.url !== undefined) wire.url = event.url
  if (event.messageType !== undefined) wire.contentType = event.messageType
  if (event.content !== undefined) wire.content = event.content
  if (event.userData !== undefined) wire.userData = { ...event.userData }
  return wire
}
