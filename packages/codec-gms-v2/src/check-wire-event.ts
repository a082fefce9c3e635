import type { TranscriptEvent } from '@chatwire/core'
import { GMS_BOT_STYLE, GMS_PARTY_TYPES, isGmsEventType } from './gms-protocol.js'
import type { GmsWireEvent } from './gms-wire-schema.js'
import {
  at,
  expected,
  integer,
  isObjectLike,
  jsonObject,
  oneOf,
  ShapeIssue,
  string,
  stringMap,
} from './shape-check.js'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

const partyType = oneOf(GMS_PARTY_TYPES)

/**
 * A field's checked value → its issue with `key` prepended to the path, or undefined when it passed. An
 * optional field is written `!('key' in wire) || check(value)`: absent passes, present (even as undefined)
 * must pass its check, as with valibot's `exactOptional`.
 */
const issueAt = (checked: unknown, key: string): ShapeIssue | undefined =>
  checked instanceof ShapeIssue ? at(checked, key) : undefined

/**
 * The two paths read in `eventAttributes` (real-widget.md §2.3; pureengage-v3.md §12), with `?.`: a step that
 * is not an object gives undefined (null stops the chain; strings, numbers and booleans have none of these
 * keys), so any JSON object reads as this.
 */
interface ReadAttributes {
  readonly GCTI_SYSTEM?: { readonly 'party-info'?: { readonly style?: unknown } }
  readonly 'structured-content'?: {
    readonly 'genesys-chat'?: { readonly content?: { readonly text?: unknown } }
  }
}

/** `from` (GmsWirePartySchema, gms-chat-v2.md §4): what was wrong, or undefined. */
function partyIssue(value: unknown): ShapeIssue | undefined {
  if (!isObjectLike(value)) return expected('an object', value)
  return (
    issueAt(string(value.nickname), 'nickname') ??
    issueAt(integer(value.participantId), 'participantId') ??
    issueAt(partyType(value.type), 'type')
  )
}

/**
 * One element of `messages` (GmsWireEventSchema, gms-chat-v2.md §4), checked and normalised in one pass:
 * the neutral transcript event, or what was wrong. Written out with named reads and direct calls rather than
 * built with `object()`: it runs for every event of every poll, and reading fields by key from a table (or
 * calling checks from one shared place) is several times slower. Like `object()`, any non-null object is looked into.
 */
export function checkWireEvent(value: unknown): TranscriptEvent | ShapeIssue {
  if (!isObjectLike(value)) return expected('an object', value)
  // read as the event it should be: every field is checked below before any is used
  const wire = value as GmsWireEvent
  const { from, type, utcTime, index, text: wireText, messageType, userData, eventAttributes } = wire
  const issue =
    issueAt(partyIssue(from), 'from') ??
    issueAt(string(type), 'type') ??
    issueAt(integer(utcTime), 'utcTime') ??
    issueAt(!('index' in wire) || integer(index), 'index') ??
    issueAt(!('text' in wire) || string(wireText), 'text') ??
    issueAt(!('messageType' in wire) || string(messageType), 'messageType') ??
    issueAt(!('userData' in wire) || stringMap(userData), 'userData') ??
    issueAt(!('eventAttributes' in wire) || jsonObject(eventAttributes), 'eventAttributes')
  if (issue) return issue

  const attributes = eventAttributes as ReadAttributes | undefined
  const event: Mutable<TranscriptEvent> = {
    index,
    wireIndex: index,
    type: isGmsEventType(type) ? type : 'Unknown',
    wireType: type,
    from: {
      name: from.nickname,
      // `eventAttributes.GCTI_SYSTEM['party-info'].style` (pureengage-v3.md §12; real-widget.md §2.3)
      type: attributes?.GCTI_SYSTEM?.['party-info']?.style === GMS_BOT_STYLE ? 'Bot' : from.type,
      participantId: from.participantId,
    },
    timestamp: utcTime,
  }
  // `eventAttributes['structured-content']['genesys-chat'].content.text` replaces `text` (real-widget.md §2.3)
  const structured = attributes?.['structured-content']?.['genesys-chat']?.content?.text
  const text = typeof structured === 'string' ? structured : wireText
  if (text !== undefined) {
    event.text = text
    // a pushed URL travels in `text` (gms-chat-v2.md §4)
    if (event.type === 'PushUrl') event.url = text
  }
  if (messageType !== undefined) event.messageType = messageType
  // a prototype-free copy
  if (userData !== undefined) event.userData = stringMap(userData) as typeof userData
  if (eventAttributes !== undefined) event.content = eventAttributes
  return event
}
