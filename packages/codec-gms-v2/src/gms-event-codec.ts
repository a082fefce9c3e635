import type { TranscriptEvent } from '@chatwire/core'
import { checkWireEvent } from './check-wire-event.js'
import { joinPath } from './decode-issues.js'
import { emptyMap } from './form-codec.js'
import { GMS_BOT_STYLE, GMS_BOT_WIRE_PARTY_TYPE, type GmsPartyType } from './gms-protocol.js'
import type { GmsWireEvent } from './gms-wire-schema.js'
import { isPlainObject, ShapeIssue } from './shape-check.js'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/**
 * A wire event → the neutral transcript event: checkWireEvent's normalisation. An event without the
 * protocol's shape (GmsWireEventSchema) is a caller bug.
 */
export function decodeGmsEvent(wire: GmsWireEvent): TranscriptEvent {
  const event = checkWireEvent(wire)
  if (event instanceof ShapeIssue)
    throw new TypeError(`not a GMS wire event: ${joinPath(event.path)}: ${event.message}`)
  return event
}

/** Wire party id: a number on GMS (gms-chat-v2.md §4). A non-numeric id is a caller bug. */
function wireParticipantId(id: string | number): number {
  const n = typeof id === 'number' ? id : Number(id)
  if (!Number.isInteger(n)) throw new RangeError(`GMS participantId must be an integer, got ${String(id)}`)
  return n
}

function withBotFlag(content: unknown): Record<string, unknown> {
  const attributes: Record<string, unknown> = { ...(isPlainObject(content) ? content : {}) }
  const system = isPlainObject(attributes.GCTI_SYSTEM) ? attributes.GCTI_SYSTEM : {}
  const info = isPlainObject(system['party-info']) ? system['party-info'] : {}
  attributes.GCTI_SYSTEM = { ...system, 'party-info': { ...info, style: GMS_BOT_STYLE } }
  return attributes
}

/**
 * Neutral transcript event → the GMS wire event object (server half): the inverse of `decodeGmsEvent`.
 * A `Bot` party is written as `from.type` External plus the BOT style flag in `eventAttributes`;
 * `Unknown` events keep their `wireType`; v3's `Structured` is written as a `Message`.
 */
export function encodeGmsEvent(event: TranscriptEvent): GmsWireEvent {
  const partyType: GmsPartyType = event.from.type === 'Bot' ? GMS_BOT_WIRE_PARTY_TYPE : event.from.type
  const type =
    event.type === 'Unknown' ? event.wireType : event.type === 'Structured' ? 'Message' : event.type
  const wire: Mutable<GmsWireEvent> = {
    from: {
      nickname: event.from.name,
      participantId: wireParticipantId(event.from.participantId),
      type: partyType,
    },
    type,
    utcTime: event.timestamp,
  }
  const index = typeof event.wireIndex === 'number' ? event.wireIndex : event.index
  if (index !== undefined) wire.index = index
  const text = event.text ?? event.url
  if (text !== undefined) wire.text = text
  if (event.messageType !== undefined) wire.messageType = event.messageType
  if (event.userData !== undefined) {
    const userData = emptyMap<string>()
    for (const key of Object.keys(event.userData)) userData[key] = event.userData[key] as string
    wire.userData = userData
  }
  if (event.from.type === 'Bot') wire.eventAttributes = withBotFlag(event.content)
  else if (isPlainObject(event.content)) wire.eventAttributes = event.content
  return wire
}
