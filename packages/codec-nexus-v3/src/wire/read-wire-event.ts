import type { TranscriptEvent } from '@chatwire/core'
import { checkShape, isObject } from './check-shape.js'
import { NEXUS_EVENT_TYPES, NEXUS_PARTY_TYPES } from './event-types.js'
import { readNexusIndex } from './nexus-index.js'
import { ownFields } from './own-fields.js'
import { WIRE_USER_DATA_SHAPE } from './wire-shapes.js'

/**
 * One object of `data.messages` (MESSAGES_ENVELOPE_SHAPE) → the neutral event (§6): Text→Message,
 * Customer→Client, index '<ms>-<seq>' → number (readNexusIndex) with wireIndex kept, utcTime→timestamp,
 * contentType→messageType, userData as a prototype-free copy of its data keys. `undefined` when the object
 * does not have `WIRE_EVENT_SHAPE` or its index cannot be read.
 *
 * readMessagesReply calls it per event, so it checks and converts in one pass, reading each field once and
 * building no issue path: on `undefined`, checkShape (then the index) names what was wrong. The property
 * tests hold it to the valibot `WireEventSchema`.
 */
export function readWireEvent(wire: Readonly<Record<string, unknown>>): TranscriptEvent | undefined {
  const { index: wireIndex, type, utcTime, from, text, url, contentType, content, userData } = wire
  if (!isObject(from) || (typeof wireIndex !== 'string' && typeof wireIndex !== 'number')) return undefined
  const { nickname, firstName, type: partyType, participantId } = from
  // a NaN index is refused too: readNexusIndex reads only finite numbers
  const index = readNexusIndex(wireIndex)
  if (
    index === undefined ||
    !isString(type) ||
    typeof utcTime !== 'number' ||
    Number.isNaN(utcTime) ||
    !isString(partyType) ||
    !isString(participantId) ||
    !isOptionalString(nickname) ||
    !isOptionalString(firstName) ||
    !isOptionalString(text) ||
    !isOptionalString(url) ||
    !isOptionalString(contentType) ||
    // the rare userData map goes through the shape walker
    (userData !== undefined && checkShape(userData, WIRE_USER_DATA_SHAPE) !== undefined)
  ) {
    return undefined
  }
  const event: { -readonly [K in keyof TranscriptEvent]: TranscriptEvent[K] } = {
    index,
    wireIndex,
    type: NEXUS_EVENT_TYPES[type] ?? 'Unknown',
    wireType: type,
    from: {
      name: nickname ?? firstName ?? '',
      type: NEXUS_PARTY_TYPES[partyType] ?? 'External',
      participantId,
    },
    timestamp: utcTime,
  }
  if (text !== undefined) event.text = text
  if (url !== undefined) event.url = url
  if (contentType !== undefined) event.messageType = contentType
  // a map of strings: checked above
  if (userData !== undefined) event.userData = ownFields(userData as Record<string, string>)
  if (content !== undefined) event.content = content
  return event
}

function isString(value: unknown): value is string {
  return typeof value === 'string'
}

function isOptionalString(value: unknown): value is string | undefined {
  return value === undefined || isString(value)
}
