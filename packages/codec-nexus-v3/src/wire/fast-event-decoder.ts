import type { Party, PartyType, TranscriptEvent, TranscriptEventType } from '@chatwire/core'
import { NEXUS_EVENT_TYPES, NEXUS_PARTY_TYPES } from './event-types.js'
import { readNexusIndex } from './nexus-index.js'

/**
 * Fast path of the messages decoder: validates and normalises `data.messages` in one pass, with the
 * same acceptance as `WireEventSchema` + `decodeNexusEvent` (a property test checks they agree). It
 * returns `undefined` on any problem; the caller then runs the valibot path, which names the path.
 */
const EVENT_TYPES = new Map<string, TranscriptEventType>(Object.entries(NEXUS_EVENT_TYPES))
const PARTY_TYPES = new Map<string, PartyType>(Object.entries(NEXUS_PARTY_TYPES))

/** valibot's record drops these keys (its `_isValidObjectKey`); the fast path matches it. */
function isUnsafeKey(key: string): boolean {
  return key === '__proto__' || key === 'prototype' || key === 'constructor'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string'
}

function fastEvent(m: unknown): TranscriptEvent | undefined {
  if (!isRecord(m)) return undefined
  const wireIndex = m.index
  if (typeof wireIndex !== 'string' && typeof wireIndex !== 'number') return undefined
  // the same reader as decodeNexusEvent: '<ms>-<seq>' → ms·1000 + seq, else the widget's rule (§6)
  const index = readNexusIndex(wireIndex)
  if (index === undefined) return undefined
  const type = m.type
  const utcTime = m.utcTime
  const from = m.from
  if (typeof type !== 'string' || typeof utcTime !== 'number' || Number.isNaN(utcTime) || !isRecord(from))
    return undefined
  const { nickname, firstName, type: partyType, participantId } = from
  if (!optionalString(nickname) || !optionalString(firstName)) return undefined
  if (typeof partyType !== 'string' || typeof participantId !== 'string') return undefined
  const { text, url, contentType, content, userData } = m
  if (!optionalString(text) || !optionalString(url) || !optionalString(contentType)) return undefined
  const party: Party = {
    name: (nickname as string | undefined) ?? (firstName as string | undefined) ?? '',
    type: PARTY_TYPES.get(partyType) ?? 'External',
    participantId,
  }
  const event: { -readonly [K in keyof TranscriptEvent]: TranscriptEvent[K] } = {
    index,
    wireIndex,
    type: EVENT_TYPES.get(type) ?? 'Unknown',
    wireType: type,
    from: party,
    timestamp: utcTime,
  }
  if (text !== undefined) event.text = text as string
  if (url !== undefined) event.url = url as string
  if (contentType !== undefined) event.messageType = contentType as string
  if (userData !== undefined) {
    if (!isRecord(userData)) return undefined
    const map: Record<string, string> = Object.create(null)
    for (const key of Object.keys(userData)) {
      const value = userData[key]
      if (typeof value !== 'string') return undefined
      if (!isUnsafeKey(key)) map[key] = value
    }
    event.userData = map
  }
  if (content !== undefined) event.content = content
  return event
}

/** All events of `messages`, or `undefined` if any element is not a valid v3 event. */
export function fastDecodeEvents(messages: readonly unknown[]): TranscriptEvent[] | undefined {
  const events: TranscriptEvent[] = new Array(messages.length)
  for (let i = 0; i < messages.length; i++) {
    const event = fastEvent(messages[i])
    if (event === undefined) return undefined
    events[i] = event
  }
  return events
}
