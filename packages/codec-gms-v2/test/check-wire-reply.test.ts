import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { checkErrorBody, checkWireReply, checkWireStatus } from '../src/check-wire-reply.js'
import { issuePath } from '../src/decode-issues.js'
import { GmsWireErrorBodySchema, GmsWireReplySchema, GmsWireStatusSchema } from '../src/gms-wire-schema.js'
import { type Check, check } from '../src/shape-check.js'
import { badReplyText, RUNS, wireReply } from './arbitraries.js'

type Schema = v.GenericSchema<unknown, unknown>

const pairs: [string, Check, Schema][] = [
  ['checkWireReply', checkWireReply, GmsWireReplySchema as Schema],
  ['checkWireStatus', checkWireStatus, GmsWireStatusSchema as Schema],
  ['checkErrorBody', checkErrorBody, GmsWireErrorBodySchema as Schema],
]

/** The check accepts exactly what the schema accepts, with the same output, and fails at a path valibot names. */
function agreesWithSchema(shape: Check, schema: Schema, value: unknown) {
  const expected = v.safeParse(schema, value)
  const got = check(shape, value)
  if (expected.success) {
    expect(got).toEqual({ ok: true, value: expected.output })
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

describe.each(pairs)('%s agrees with its valibot schema', (_, shape, schema) => {
  it(`on valid replies (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(wireReply, (reply) => agreesWithSchema(shape, schema, JSON.parse(JSON.stringify(reply)))),
      { numRuns: RUNS },
    )
  })

  it(`on bad and mutated bodies (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(badReplyText, (text) => {
        const json = parsed(text)
        if (json.ok) agreesWithSchema(shape, schema, json.value)
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
  ])('edge: %s', (_, value) => agreesWithSchema(shape, schema, value))
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
