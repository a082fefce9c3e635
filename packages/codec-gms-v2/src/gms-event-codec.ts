import type { Party, TranscriptEvent } from '@chatwire/core'
import { emptyMap } from './form-codec.js'
import { GMS_BOT_STYLE, GMS_BOT_WIRE_PARTY_TYPE, type GmsPartyType, isGmsEventType } from './gms-protocol.js'
import type { GmsWireEvent } from './gms-wire-schema.js'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** The value at `keys` inside `attributes`, if every step is an object. */
function attribute(attributes: unknown, keys: readonly string[]): unknown {
  let node = attributes
  for (const key of keys) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** A validated wire event → the neutral transcript event. */
export function decodeGmsEvent(wire: GmsWireEvent): TranscriptEvent {
  const from: Party = {
    name: wire.from.nickname,
    // `eventAttributes.GCTI_SYSTEM['party-info'].style` (pureengage-v3.md §12; real-widget.md §2.3)
    type:
      attribute(wire.eventAttributes, ['GCTI_SYSTEM', 'party-info', 'style']) === GMS_BOT_STYLE
        ? 'Bot'
        : wire.from.type,
    participantId: wire.from.participantId,
  }
  const event: Mutable<TranscriptEvent> = {
    index: wire.index,
    wireIndex: wire.index,
    type: isGmsEventType(wire.type) ? wire.type : 'Unknown',
    wireType: wire.type,
    from,
    timestamp: wire.utcTime,
  }
  // `eventAttributes['structured-content']['genesys-chat'].content.text` replaces `text` (real-widget.md §2.3)
  const structured = attribute(wire.eventAttributes, [
    'structured-content',
    'genesys-chat',
    'content',
    'text',
  ])
  const text = typeof structured === 'string' ? structured : wire.text
  if (text !== undefined) event.text = text
  if (event.type === 'PushUrl' && text !== undefined) event.url = text
  if (wire.messageType !== undefined) event.messageType = wire.messageType
  if (wire.userData !== undefined) event.userData = wire.userData
  if (wire.eventAttributes !== undefined) event.content = wire.eventAttributes
  return event
}

/** Wire party id: a number on GMS (gms-chat-v2.md §4). A non-numeric id is a caller bug. */
function wireParticipantId(id: string | number): number {
  const n = typeof id === 'number' ? id : Number(id)
  if (!Number.isInteger(n)) throw new RangeError(`GMS participantId must be an integer, got ${String(id)}`)
  return n
}

function withBotFlag(content: unknown): Record<string, unknown> {
  const attributes: Record<string, unknown> = { ...(isObject(content) ? content : {}) }
  const system = isObject(attributes.GCTI_SYSTEM) ? attributes.GCTI_SYSTEM : {}
  const info = isObject(system['party-info']) ? system['party-info'] : {}
  attributes.GCTI_SYSTEM = { ...system, 'party-info': { ...info, style: GMS_BOT_STYLE } }
  return attributes
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
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
  else if (isObject(event.content)) wire.eventAttributes = event.content
  return wire
}
