import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  buildGmsRequest,
  decodeGmsEvent,
  encodeGmsEvent,
  readGmsReply,
  readGmsRequest,
  toFetchRequest,
  writeGmsReply,
} from '../src/index.js'
import {
  anyHttpRequest,
  badReplyText,
  gmsRequest,
  ROUND_TRIP_RUNS,
  RUNS,
  wireEvent,
  wireReply,
} from './arbitraries.js'
import { SERVICE_URL } from './fixtures/golden.js'

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort()
const before = prototypeKeys()
afterEach(() => {
  // never prototype pollution
  expect(prototypeKeys()).toEqual(before)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

function expectTypedResult(result: ReturnType<typeof readGmsReply>) {
  if (result.ok) return
  if (result.kind === 'decode') {
    expect(result.issues.length).toBeGreaterThan(0)
    for (const issue of result.issues) expect(typeof issue.path).toBe('string')
  } else expect(result.kind).toBe('http')
}

describe('client decoder (readGmsReply) properties', () => {
  it(`valid replies always decode, with one neutral event per wire event (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(wireReply, (reply) => {
        const result = readGmsReply(200, JSON.stringify(reply))
        if (!result.ok) throw new Error(JSON.stringify(result))
        expect(result.reply.events).toHaveLength(reply.messages?.length ?? 0)
      }),
      { numRuns: RUNS },
    )
  })

  it(`bad bodies give a value naming the path, never a throw (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(badReplyText, fc.constantFrom(200, 200, 400, 500), (text, status) => {
        expectTypedResult(readGmsReply(status, text))
      }),
      { numRuns: RUNS },
    )
  })

  it('a wrong type names its path', () => {
    const body: { statusCode: number; messages: unknown[] } = {
      statusCode: 0,
      messages: [
        {},
        {},
        {},
        { from: { nickname: 'a', participantId: 1, type: 7 }, type: 'Message', utcTime: 1 },
      ],
    }
    const first = { from: { nickname: 'a', participantId: 1, type: 'Client' }, type: 'Message', utcTime: 1 }
    body.messages[0] = first
    body.messages[1] = first
    body.messages[2] = first
    const result = readGmsReply(200, JSON.stringify(body))
    expect(result).toMatchObject({ ok: false, kind: 'decode', issues: [{ path: 'messages[3].from.type' }] })
    const map = readGmsReply(200, '{"statusCode":0,"userData":{"file-id":5}}')
    expect(map).toMatchObject({ ok: false, issues: [{ path: 'userData["file-id"]' }] })
  })

  it('a huge string decodes', () => {
    const huge = 'x'.repeat(5_000_000)
    const body = `{"statusCode":0,"messages":[{"from":{"nickname":"${huge}","participantId":1,"type":"Client"},"type":"Message","utcTime":1,"text":"${huge}"}]}`
    const result = readGmsReply(200, body)
    expect(result.ok && result.reply.events[0]?.text?.length).toBe(huge.length)
    expect(readGmsReply(200, body.slice(0, -3))).toMatchObject({
      ok: false,
      kind: 'decode',
      issues: [{ path: '' }],
    })
  })

  it('unknown event types become Unknown with the wire type kept', () => {
    const result = readGmsReply(
      200,
      '{"statusCode":0,"messages":[{"from":{"nickname":"a","participantId":1,"type":"Agent"},"type":"Hologram","utcTime":5,"index":9}]}',
    )
    expect(result).toMatchObject({
      ok: true,
      reply: { events: [{ type: 'Unknown', wireType: 'Hologram', index: 9 }] },
    })
  })

  it('userData keys __proto__ and constructor are kept as plain keys of a prototype-free map', () => {
    const result = readGmsReply(200, '{"statusCode":0,"userData":{"__proto__":"p","constructor":"c"}}')
    if (!result.ok) throw new Error('expected ok')
    const map = result.reply.userData as Record<string, string>
    expect(Object.getPrototypeOf(map)).toBeNull()
    expect(Object.keys(map)).toEqual(['__proto__', 'constructor'])
    expect(map.constructor).toBe('c')
  })
})

describe('event codec round trip', () => {
  it(`neutral → wire → neutral preserves every field (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(wireEvent, (wire) => {
        const neutral = decodeGmsEvent(JSON.parse(JSON.stringify(wire)))
        const again = decodeGmsEvent(JSON.parse(JSON.stringify(encodeGmsEvent(neutral))))
        expect(again).toEqual(neutral)
      }),
      { numRuns: RUNS },
    )
  })

  it(`wire → neutral → wire gives the same wire event for plain (non-bot, unstructured) events (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        wireEvent.filter((w) => w.eventAttributes === undefined),
        (wire) => {
          const parsed = JSON.parse(JSON.stringify(wire))
          expect(JSON.parse(JSON.stringify(encodeGmsEvent(decodeGmsEvent(parsed))))).toEqual(parsed)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it(`reply write → read preserves every field (${ROUND_TRIP_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(wireReply, async (wire) => {
        const first = readGmsReply(200, JSON.stringify(wire))
        if (!first.ok) throw new Error('valid reply did not decode')
        const { events, originalMessages: _, ...fields } = first.reply
        const response = writeGmsReply({ ...fields, messages: events })
        const second = readGmsReply(response.status, await response.text())
        if (!second.ok) throw new Error('written reply did not decode')
        const { originalMessages: __, ...rest } = second.reply
        expect(rest).toEqual({ ...fields, events })
      }),
      { numRuns: ROUND_TRIP_RUNS },
    )
  })
})

describe('server decoder (readGmsRequest) properties', () => {
  it(`any request gives a typed request or a protocol error, never a throw (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(anyHttpRequest, async ({ method, path, contentType, body }) => {
        const init: RequestInit = { method, headers: contentType ? { 'content-type': contentType } : {} }
        if (method !== 'GET') init.body = body
        const result = await readGmsRequest(new Request(`${SERVICE_URL}${path}`, init))
        if (result.ok) expect(typeof result.request.operation).toBe('string')
        else {
          expect(result.status).toBeGreaterThanOrEqual(400)
          expect(result.status).toBeLessThan(500)
          expect(typeof result.errors[0].code).toBe('number')
        }
      }),
      { numRuns: RUNS },
    )
  })

  it(`client build → server read preserves every request (${ROUND_TRIP_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(gmsRequest, async (request) => {
        const read = await readGmsRequest(toFetchRequest(buildGmsRequest({ dataURL: SERVICE_URL }, request)))
        expect(read).toEqual({ ok: true, serviceName: 'customer-support', request })
      }),
      { numRuns: ROUND_TRIP_RUNS },
    )
  })
})
