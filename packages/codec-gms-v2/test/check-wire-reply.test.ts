import type { Party, TranscriptEvent } from '@chatwire/core'
import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { checkWireEvent } from '../src/check-wire-event.js'
import { checkErrorBody, checkWireReply, checkWireStatus } from '../src/check-wire-reply.js'
import { decodeFailure, issuePath, joinPath } from '../src/decode-issues.js'
import { decodeGmsEvent } from '../src/gms-event-codec.js'
import { GMS_EVENT_TYPES } from '../src/gms-protocol.js'
import {
  GmsWireErrorBodySchema,
  type GmsWireEvent,
  GmsWireEventSchema,
  GmsWireReplySchema,
  GmsWireStatusSchema,
} from '../src/gms-wire-schema.js'
import { type Check, ShapeIssue } from '../src/shape-check.js'
import { badReplyText, badWireEvent, RUNS, wireEvent, wireReply } from './arbitraries.js'

type Schema = v.GenericSchema<unknown, unknown>

/** A check's result as readGmsReply makes it a value: the output, or a decode failure naming the path. */
function check(shape: Check, input: unknown) {
  const value = shape(input)
  return value instanceof ShapeIssue
    ? decodeFailure(joinPath(value.path), value.message)
    : { ok: true as const, value }
}

/** The value at `keys` inside `attributes`, if every step is an object. */
function attribute(attributes: unknown, ...keys: string[]): unknown {
  let node = attributes
  for (const key of keys) node = typeof node === 'object' && node !== null ? (node as never)[key] : undefined
  return node
}

/**
 * The oracle for the events checkWireEvent makes: the neutral event of a schema-valid wire event, written
 * here apart from the checker, straight from the rules (gms-chat-v2.md §4, real-widget.md §2.3,
 * pureengage-v3.md §12).
 */
function neutralEvent(wire: GmsWireEvent): TranscriptEvent {
  const bot = attribute(wire.eventAttributes, 'GCTI_SYSTEM', 'party-info', 'style') === 'BOT'
  const from: Party = {
    name: wire.from.nickname,
    type: bot ? 'Bot' : wire.from.type,
    participantId: wire.from.participantId,
  }
  const structured = attribute(wire.eventAttributes, 'structured-content', 'genesys-chat', 'content', 'text')
  const text = typeof structured === 'string' ? structured : wire.text
  const type = GMS_EVENT_TYPES[wire.type] ?? 'Unknown'
  return {
    index: wire.index,
    wireIndex: wire.index,
    type,
    wireType: wire.type,
    from,
    timestamp: wire.utcTime,
    ...(text !== undefined && { text }),
    ...(type === 'PushUrl' && text !== undefined && { url: text }),
    ...(wire.messageType !== undefined && { messageType: wire.messageType }),
    ...(wire.userData !== undefined && { userData: wire.userData }),
    ...(wire.eventAttributes !== undefined && { content: wire.eventAttributes }),
  }
}

/** The reply as checkWireReply gives it: the schema's output with `messages` made neutral events. */
const withNeutralMessages = (output: unknown) => {
  const reply = output as { messages?: GmsWireEvent[] }
  return reply.messages ? { ...reply, messages: reply.messages.map(neutralEvent) } : reply
}

const same = (output: unknown) => output

/** [name, check, its schema, the check's output for the schema's output] */
const pairs: [string, Check, Schema, (output: never) => unknown][] = [
  ['checkWireReply', checkWireReply, GmsWireReplySchema as Schema, withNeutralMessages],
  ['checkWireStatus', checkWireStatus, GmsWireStatusSchema as Schema, same],
  ['checkErrorBody', checkErrorBody, GmsWireErrorBodySchema as Schema, same],
]

/** The check accepts exactly what the schema accepts, with the same output, and fails at a path valibot names. */
function agreesWithSchema(
  shape: Check,
  schema: Schema,
  value: unknown,
  output: (output: never) => unknown = same,
) {
  const expected = v.safeParse(schema, value)
  const got = check(shape, value)
  if (expected.success) {
    expect(got).toEqual({ ok: true, value: output(expected.output as never) })
    return
  }
  if (got.ok) throw new Error(`accepted what the schema refuses: ${JSON.stringify(value)}`)
  expect(got.issues).toHaveLength(1)
  const [issue] = got.issues
  expect(expected.issues.map((i) => issuePath(i.path))).toContain(issue?.path)
  expect(issue?.message).toMatch(/^expected .+, got .+$/)
}

const parsed = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

describe.each(pairs)('%s agrees with its valibot schema', (_, shape, schema, output) => {
  it(`on valid replies (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(wireReply, (reply) =>
        agreesWithSchema(shape, schema, JSON.parse(JSON.stringify(reply)), output),
      ),
      { numRuns: RUNS },
    )
  })

  it(`on bad and mutated bodies (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(badReplyText, (text) => {
        const json = parsed(text)
        if (json.ok) agreesWithSchema(shape, schema, json.value, output)
      }),
      { numRuns: RUNS },
    )
  })

  const event = { from: { nickname: 'a', participantId: 1, type: 'Client' }, type: 'M', utcTime: 1 }
  it.each([
    [
      'NaN-free numbers: Infinity idleTimerExpire',
      { statusCode: 0, idleTimerExpire: Number.POSITIVE_INFINITY },
    ],
    ['non-integer index', { statusCode: 0, messages: [{ ...event, index: 1.5 }] }],
    ['array as userData', { statusCode: 0, userData: ['a'] }],
    ['null eventAttributes', { statusCode: 0, messages: [{ ...event, eventAttributes: null }] }],
    ['array as eventAttributes', { statusCode: 0, messages: [{ ...event, eventAttributes: [] }] }],
    ['array as the body', ['statusCode']],
    ['array as an event', { statusCode: 0, messages: [[]] }],
    ['missing from', { statusCode: 0, messages: [{ type: 'M', utcTime: 1 }] }],
    ['string statusCode', { statusCode: '0' }],
    ['error without code', { statusCode: 2, errors: [{ advice: 'x' }] }],
    ['NaN error code', { statusCode: 2, errors: [{ code: Number.NaN }] }],
    ['non-string map value', { statusCode: 1, userData: { 'file-id': 5 } }],
    ['bad other field on statusCode 1', { statusCode: 1, chatId: 5, chatEnded: true }],
    ['null', null],
  ])('edge: %s', (_, value) => agreesWithSchema(shape, schema, value, output))
})

describe('checkWireEvent agrees with GmsWireEventSchema, its events with the oracle', () => {
  it(`on valid events (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(wireEvent, (event) =>
        agreesWithSchema(
          checkWireEvent,
          GmsWireEventSchema as Schema,
          JSON.parse(JSON.stringify(event)),
          neutralEvent,
        ),
      ),
      { numRuns: RUNS },
    )
  })

  it(`on bad events, undefined and missing fields included (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(badWireEvent, (event) =>
        agreesWithSchema(checkWireEvent, GmsWireEventSchema as Schema, event, neutralEvent),
      ),
      { numRuns: RUNS },
    )
  })

  const from = { nickname: 'a', participantId: 1, type: 'Agent' }
  it.each([
    [
      'a bot',
      {
        from,
        type: 'Message',
        utcTime: 1,
        eventAttributes: { GCTI_SYSTEM: { 'party-info': { style: 'BOT' } } },
      },
    ],
    [
      'structured text',
      {
        from,
        type: 'Message',
        utcTime: 1,
        text: 't',
        eventAttributes: { 'structured-content': { 'genesys-chat': { content: { text: 's' } } } },
      },
    ],
    ['a pushed URL', { from, type: 'PushUrl', utcTime: 1, index: 4, text: 'https://example.com' }],
    [
      'a file event',
      { from, type: 'FileUploaded', utcTime: 1, messageType: 'm', userData: { 'file-id': 'f' } },
    ],
    ['index present as undefined', { from, type: 'Message', utcTime: 1, index: undefined }],
    ['text present as undefined', { from, type: 'Message', utcTime: 1, text: undefined }],
    ['an array as from', { from: [], type: 'Message', utcTime: 1 }],
    ['a string', 'Message'],
  ])('edge: %s', (_, value) =>
    agreesWithSchema(checkWireEvent, GmsWireEventSchema as Schema, value, neutralEvent),
  )

  it('copies userData to a prototype-free map', () => {
    const event = checkWireEvent(
      JSON.parse(`{"from":${JSON.stringify(from)},"type":"Notice","utcTime":1,"userData":{"__proto__":"p"}}`),
    )
    const userData = (event as TranscriptEvent).userData as Record<string, string>
    expect(Object.getPrototypeOf(userData)).toBeNull()
    expect(Object.keys(userData)).toEqual(['__proto__'])
  })

  it('decodeGmsEvent refuses a value that is not a wire event (a caller bug)', () => {
    const notAnEvent = { from: { ...from, participantId: '1' }, type: 'Message', utcTime: 1 }
    expect(() => decodeGmsEvent(notAnEvent as never)).toThrow(
      new TypeError('not a GMS wire event: from.participantId: expected an integer, got string'),
    )
  })
})

describe('checkWireReply messages', () => {
  it('say what was expected and what came', () => {
    const event = { from: { nickname: 'a', participantId: 1, type: 'Robot' }, type: 'M', utcTime: 1 }
    expect(check(checkWireReply, { statusCode: 0, messages: [event] })).toEqual({
      ok: false,
      kind: 'decode',
      issues: [
        {
          path: 'messages[0].from.type',
          message: 'expected one of Client, Agent, Supervisor, External, got string',
        },
      ],
    })
    expect(check(checkWireReply, { statusCode: 0, userData: { 'file-id': 5 } })).toMatchObject({
      issues: [{ path: 'userData["file-id"]', message: 'expected a string, got 5' }],
    })
    expect(check(checkWireReply, { statusCode: 0, nextPosition: 1.5 })).toMatchObject({
      issues: [{ path: 'nextPosition', message: 'expected an integer, got 1.5' }],
    })
    expect(check(checkWireReply, [])).toMatchObject({
      issues: [{ path: 'statusCode', message: 'expected one of 0, 1, 2, got undefined' }],
    })
    expect(check(checkWireReply, 'x')).toMatchObject({
      issues: [{ path: '', message: 'expected an object, got string' }],
    })
  })
})
