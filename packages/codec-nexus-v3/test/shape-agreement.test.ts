import type { TranscriptEvent } from '@chatwire/core'
import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { statusOf } from '../src/client/reply-result.js'
import {
  ErrorReplySchema,
  encodeBase64Url,
  MessagesEnvelopeSchema,
  MessagesReplySchema,
  NEXUS_EVENT_TYPES,
  NEXUS_PARTY_TYPES,
  type ReplyResult,
  readLeaveReply,
  readMessagesReply,
  readNexusIndex,
  readSendReply,
  readStartReply,
  readUploadReply,
  readUserDataReply,
  SendReplySchema,
  StartReplySchema,
  UploadReplySchema,
  UserDataReplySchema,
  type WireEvent,
  WireEventSchema,
  WireStatusSchema,
} from '../src/index.js'
import { checkShape, isObject, type Shape } from '../src/wire/check-shape.js'
import { readWireEvent } from '../src/wire/read-wire-event.js'
import {
  MESSAGES_ENVELOPE_SHAPE,
  MESSAGES_REPLY_SHAPE,
  SEND_REPLY_SHAPE,
  START_REPLY_SHAPE,
  UPLOAD_REPLY_SHAPE,
  USER_DATA_REPLY_SHAPE,
  WIRE_EVENT_SHAPE,
  WIRE_STATUS_SHAPE,
} from '../src/wire/wire-shapes.js'
import { httpStatus, RUNS, roughShaped } from './arbitraries.js'
import * as reference from './valibot-readers.js'

/** MESSAGES_ENVELOPE_SHAPE's schema: MessagesEnvelopeSchema with every message an object (any object). */
const MessagesEnvelopeOfObjectsSchema = v.looseObject({
  ...MessagesEnvelopeSchema.entries,
  data: v.looseObject({
    ...MessagesEnvelopeSchema.entries.data.entries,
    messages: v.array(v.looseObject({})),
  }),
})

/** Each hand-written shape and the valibot schema it stands for in the client. */
const PAIRS: [string, Shape, v.GenericSchema][] = [
  ['status', WIRE_STATUS_SHAPE, WireStatusSchema],
  ['event', WIRE_EVENT_SHAPE, WireEventSchema],
  ['messages reply', MESSAGES_REPLY_SHAPE, MessagesReplySchema],
  ['messages envelope', MESSAGES_ENVELOPE_SHAPE, MessagesEnvelopeOfObjectsSchema],
  ['start reply', START_REPLY_SHAPE, StartReplySchema],
  ['send reply', SEND_REPLY_SHAPE, SendReplySchema],
  ['upload reply', UPLOAD_REPLY_SHAPE, UploadReplySchema],
  ['userdata reply', USER_DATA_REPLY_SHAPE, UserDataReplySchema],
]

describe(`checkShape accepts exactly what the valibot schemas accept (${RUNS} runs each)`, () => {
  for (const [name, shape, schema] of PAIRS) {
    it(`${name}: same verdict; a refusal at one of the paths valibot reports, saying what was expected`, () => {
      let accepted = 0
      fc.assert(
        fc.property(roughShaped(shape), (value) => {
          const issue = checkShape(value, shape)
          const parsed = v.safeParse(schema, value)
          expect(issue === undefined).toBe(parsed.success)
          if (parsed.success) accepted++
          else {
            expect(parsed.issues.map(reference.issuePath)).toContain(issue?.path)
            expect(issue?.message).toMatch(
              /^expected (string|number|boolean|string or number|object|array), got \w+$/,
            )
          }
        }),
        { numRuns: RUNS },
      )
      // both verdicts must be exercised for the comparison to mean anything
      expect(accepted).toBeGreaterThan(RUNS / 10)
      expect(accepted).toBeLessThan(RUNS)
    })
  }

  it('error reply: a readable status exactly when ErrorReplySchema accepts the body, with the same code and message', () => {
    const body = fc.oneof(roughShaped({ status: WIRE_STATUS_SHAPE }), roughShaped(WIRE_STATUS_SHAPE))
    const codeAndMessage = (status: { code?: unknown; message?: unknown } | undefined) =>
      status && { code: status.code, message: status.message }
    fc.assert(
      fc.property(body, (value) => {
        const parsed = v.safeParse(ErrorReplySchema, value)
        const want = parsed.success ? parsed.output.status : undefined
        expect(codeAndMessage(statusOf(value))).toEqual(codeAndMessage(want))
      }),
      { numRuns: RUNS },
    )
  })

  it('names the path and what came', () => {
    const event = { index: '1-1', type: 'Text', utcTime: 1, from: { type: 'Agent', participantId: 'p' } }
    const reply = { data: { messages: [event, { ...event, from: { type: 7, participantId: 'p' } }] } }
    expect(checkShape(reply, MESSAGES_REPLY_SHAPE)).toEqual({
      path: 'data.messages[1].from.type',
      message: 'expected string, got number',
    })
    expect(checkShape([], MESSAGES_REPLY_SHAPE)).toEqual({
      path: 'data',
      message: 'expected object, got undefined',
    })
    const map = { ...event, userData: { a: 'x', b: null } }
    expect(checkShape(map, WIRE_EVENT_SHAPE)).toEqual({
      path: 'userData.b',
      message: 'expected string, got null',
    })
    expect(checkShape({ data: { messages: {} } }, MESSAGES_REPLY_SHAPE)).toMatchObject({
      message: 'expected array, got object',
    })
  })
})

/** The neutral event of a valibot-checked wire event, field by field as §6 maps it (readable index). */
function neutralOf(wire: WireEvent): TranscriptEvent {
  const { index, type, utcTime, from, text, url, contentType, content, userData } = wire
  return {
    index: readNexusIndex(index) as number,
    wireIndex: index,
    type: NEXUS_EVENT_TYPES[type] ?? 'Unknown',
    wireType: type,
    from: {
      name: from.nickname ?? from.firstName ?? '',
      type: NEXUS_PARTY_TYPES[from.type] ?? 'External',
      participantId: from.participantId,
    },
    timestamp: utcTime,
    ...(text !== undefined && { text }),
    ...(url !== undefined && { url }),
    ...(contentType !== undefined && { messageType: contentType }),
    ...(userData !== undefined && { userData }),
    ...(content !== undefined && { content }),
  }
}

describe(`readWireEvent checks and converts in one pass what WireEventSchema checks (${RUNS} runs)`, () => {
  it('an event exactly when valibot accepts the object and its index reads, equal to the §6 mapping', () => {
    const outcomes = new Set<string>()
    const object = roughShaped(WIRE_EVENT_SHAPE).filter(isObject)
    fc.assert(
      fc.property(object, (value) => {
        const event = readWireEvent(value)
        const parsed = v.safeParse(WireEventSchema, value)
        const readable = parsed.success && readNexusIndex(parsed.output.index) !== undefined
        outcomes.add(readable ? 'read' : parsed.success ? 'index' : 'shape')
        expect(event === undefined).toBe(!readable)
        if (readable) {
          expect(event).toEqual(neutralOf(parsed.output))
          // userData is a prototype-free copy, never the wire object
          if (event?.userData) expect(Object.getPrototypeOf(event.userData)).toBe(null)
        }
      }),
      { numRuns: RUNS },
    )
    expect([...outcomes].sort()).toEqual(['index', 'read', 'shape'])
  })
})

/** A JSON body of mostly well-shaped values, or truncated, or not JSON at all. */
function roughBody(values: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  const json = values.map((value) => JSON.stringify(value) ?? '')
  return fc.oneof(
    { weight: 8, arbitrary: json },
    {
      weight: 1,
      arbitrary: fc.tuple(json, fc.nat()).map(([text, cut]) => text.slice(0, cut % (text.length + 1))),
    },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'not json', '[]', 'null', '5') },
  )
}

type Reader = (status: number, text: string) => ReplyResult<unknown>

/** The reader and the valibot reference agree: same outcome and value, or the same failure. */
function agree(read: Reader, referenceRead: Reader, status: number, text: string) {
  const got = read(status, text)
  const want = referenceRead(status, text)
  if (want.ok || got.ok) {
    expect(got).toEqual(want)
    return got.ok ? 'ok' : 'failure'
  }
  const { issues, message, ...rest } = got
  const { issues: wantIssues, message: wantMessage, ...wantRest } = want
  expect(rest).toEqual(wantRest)
  if (got.kind !== 'decode') {
    expect(message).toBe(wantMessage)
    return got.kind
  }
  // one issue, at one of the paths valibot reports (or the token's / the body's own issues)
  expect(issues?.length).toBeGreaterThan(0)
  const paths = wantIssues?.map((issue) => issue.path)
  for (const issue of issues ?? []) expect(paths).toContain(issue.path)
  expect(message).toMatch(/^unexpected v3 reply at .+: ./)
  return 'decode'
}

/** Start replies whose `data.clientToken` is, half of the time, a token with a readable payload. */
const payload = fc.record({
  sessionId: fc.uuid(),
  transportId: fc.uuid(),
  participantId: fc.constantFrom('p', ''),
})
const startReply = fc
  .tuple(roughShaped(START_REPLY_SHAPE), payload, fc.boolean())
  .map(([reply, ids, swap]) => {
    if (!swap || !isObject(reply) || !isObject(reply.data) || typeof reply.data.clientToken !== 'string')
      return reply
    const data = reply.data
    return { ...reply, data: { ...data, clientToken: `h.${encodeBase64Url(JSON.stringify(ids))}.s` } }
  })

const READERS: [string, Reader, Reader, fc.Arbitrary<unknown>][] = [
  ['readMessagesReply', readMessagesReply, reference.readMessagesReply, roughShaped(MESSAGES_REPLY_SHAPE)],
  ['readStartReply', readStartReply, reference.readStartReply, startReply],
  ['readSendReply', readSendReply, reference.readSendReply, roughShaped(SEND_REPLY_SHAPE)],
  ['readUploadReply', readUploadReply, reference.readUploadReply, roughShaped(UPLOAD_REPLY_SHAPE)],
  ['readUserDataReply', readUserDataReply, reference.readUserDataReply, roughShaped(USER_DATA_REPLY_SHAPE)],
  ['readLeaveReply', readLeaveReply, reference.readLeaveReply, roughShaped(WIRE_STATUS_SHAPE)],
]

describe(`the client readers give what the valibot reference readers give (${RUNS} runs each)`, () => {
  for (const [name, read, referenceRead, values] of READERS) {
    it(name, () => {
      const outcomes = new Set<string>()
      fc.assert(
        fc.property(httpStatus, roughBody(values), (status, text) => {
          outcomes.add(agree(read, referenceRead, status, text))
        }),
        { numRuns: RUNS },
      )
      // successes, decode failures (but for leave, whose body is not read) and status failures all occur
      expect(outcomes.has('ok')).toBe(true)
      expect(outcomes.has('decode')).toBe(name !== 'readLeaveReply')
      expect(outcomes.has('http') && outcomes.has('session-lost')).toBe(true)
    })
  }
})
