import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { fastWireReply } from '../src/fast-wire-reply.js'
import { GmsWireReplySchema } from '../src/index.js'
import { badReplyText, RUNS, wireReply } from './arbitraries.js'

function agreesWithSchema(value: unknown) {
  const schema = v.safeParse(GmsWireReplySchema, value)
  const fast = fastWireReply(value)
  if (schema.success) expect(fast).toEqual(schema.output)
  else expect(fast).toBeUndefined()
}

describe('fastWireReply accepts exactly what GmsWireReplySchema accepts, with the same output', () => {
  it(`on valid replies (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(wireReply, (reply) => agreesWithSchema(JSON.parse(JSON.stringify(reply)))),
      { numRuns: RUNS },
    )
  })

  it(`on bad and mutated bodies (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(badReplyText, (text) => {
        let value: unknown
        try {
          value = JSON.parse(text)
        } catch {
          return
        }
        agreesWithSchema(value)
      }),
      { numRuns: RUNS },
    )
  })

  it.each([
    [
      'NaN-free numbers: Infinity idleTimerExpire',
      { statusCode: 0, idleTimerExpire: Number.POSITIVE_INFINITY },
    ],
    [
      'non-integer index',
      {
        statusCode: 0,
        messages: [
          { from: { nickname: 'a', participantId: 1, type: 'Client' }, type: 'M', utcTime: 1, index: 1.5 },
        ],
      },
    ],
    ['array as userData', { statusCode: 0, userData: ['a'] }],
    [
      'null eventAttributes',
      {
        statusCode: 0,
        messages: [
          {
            from: { nickname: 'a', participantId: 1, type: 'Client' },
            type: 'M',
            utcTime: 1,
            eventAttributes: null,
          },
        ],
      },
    ],
    ['string statusCode', { statusCode: '0' }],
    ['error without code', { statusCode: 2, errors: [{ advice: 'x' }] }],
  ])('edge: %s', (_, value) => agreesWithSchema(value))
})
