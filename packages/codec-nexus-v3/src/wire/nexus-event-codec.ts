import type { DecodeIssue, TranscriptEvent } from '@chatwire/core'
import {
  NEXUS_EVENT_TYPES,
  NEXUS_WIRE_EVENT_TYPES,
  NEXUS_WIRE_PARTY_TYPES,
  type NexusWirePartyType,
} from './event-types.js'
import { readWireEvent } from './read-wire-event.js'
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

/** The issue of an event whose `index` cannot be read as a number (readNexusIndex, §6). */
export function nexusIndexIssue(wireIndex: unknown, eventPath: string): DecodeIssue {
  return {
    path: `${eventPath}.index`,
    message: `expected '<ms>-<seq>' digits, got ${JSON.stringify(wireIndex)}`,
  }
}

/**
 * A validated wire event (by `WireEventSchema` or `WIRE_EVENT_SHAPE`) → the neutral event (§6), as
 * readWireEvent converts it; the issue at `<path>.index` when its index cannot be read.
 */
export function decodeNexusEvent(
  wire: WireEvent,
  path: string,
):
  | { readonly ok: true; readonly value: TranscriptEvent }
  | { readonly ok: false; readonly issue: DecodeIssue } {
  const value = readWireEvent(wire)
  return value ? { ok: true, value } : { ok: false, issue: nexusIndexIssue(wire.index, path) }
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
