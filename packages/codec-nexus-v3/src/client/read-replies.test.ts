import { describe, expect, it } from 'vitest'
import {
  readLeaveReply,
  readMessagesReply,
  readSendReply,
  readStartReply,
  readUploadReply,
  readUserDataReply,
} from './read-replies.js'

const event = (over: Record<string, unknown> = {}) => ({
  index: '1700000000000-1',
  type: 'Text',
  utcTime: 1700000000000,
  text: 'hi',
  from: { nickname: 'Anna', type: 'Agent', participantId: 'p2' },
  ...over,
})
const reply = (messages: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ data: { messages, ...extra } })

describe('readMessagesReply', () => {
  it('names the path of a wrong type', () => {
    const bad = event({ from: { nickname: 'A', type: 7, participantId: 'p' } })
    const r = readMessagesReply(200, reply([event(), bad]))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.kind).toBe('decode')
    expect(r.issues?.map((i) => i.path)).toEqual(['data.messages[1].from.type'])
    expect(r.message).toBe('unexpected v3 reply at data.messages[1].from.type: expected string, got number')
  })

  it('names a wrong type before an earlier unreadable index (valibot reports only the type)', () => {
    const r = readMessagesReply(200, reply([event({ index: '17-a' }), event({ utcTime: 'now' })]))
    expect(!r.ok && r.issues).toEqual([
      { path: 'data.messages[1].utcTime', message: 'expected number, got string' },
    ])
  })

  it('names an event that is not an object, and a refused status code before any event', () => {
    const r = readMessagesReply(200, reply([event(), 7]))
    expect(!r.ok && r.issues).toEqual([{ path: 'data.messages[1]', message: 'expected object, got number' }])
    const body = JSON.stringify({
      status: { code: 'INVALID_SESSION' },
      data: { messages: [event({ index: 'x' }), 7] },
    })
    const refused = readMessagesReply(200, body)
    expect(refused).toMatchObject({ ok: false, kind: 'session-lost', code: 'INVALID_SESSION' })
  })

  it('names a malformed index', () => {
    const r = readMessagesReply(200, reply([event({ index: '17-a' })]))
    expect(!r.ok && r.issues?.[0]?.path).toBe('data.messages[0].index')
  })

  it('reads <ms>-<seq> as ms·1000 + seq, the raw index kept as wireIndex (§6)', () => {
    const raw = ['1700000000000-12', '1700000000001-0', '1700000000000-999', '1700000000000-1000', 42, '42']
    const messages = raw.map((index) => event({ index }))
    const r = readMessagesReply(200, reply(messages))
    if (!r.ok) throw new Error(r.message)
    expect(r.value.events.map((e) => [e.wireIndex, e.index])).toEqual([
      ['1700000000000-12', 1700000000000012],
      ['1700000000001-0', 1700000000001000],
      ['1700000000000-999', 1700000000000999],
      ['1700000000000-1000', 17000000000001000], // seq of 1000+: the widget's first-'-'-removed reading
      [42, 42],
      ['42', 42],
    ])
  })

  it('refuses truncated JSON as a decode failure at the root', () => {
    const text = reply([event()])
    const r = readMessagesReply(200, text.slice(0, text.length - 5))
    expect(r).toMatchObject({ ok: false, kind: 'decode', issues: [{ path: '' }] })
  })

  it('keeps unknown event types as Unknown with the wire type', () => {
    const r = readMessagesReply(200, reply([event({ type: 'ParticipantRejoined' })]))
    expect(r.ok && r.value.events[0]).toMatchObject({ type: 'Unknown', wireType: 'ParticipantRejoined' })
  })

  it('reads a missing chatEnded as false and a true one as true', () => {
    expect(readMessagesReply(200, reply([])).ok && true).toBe(true)
    const ended = readMessagesReply(200, reply([], { chatEnded: true }))
    expect(ended.ok && ended.value.chatEnded).toBe(true)
  })

  it('handles huge strings and __proto__ userData keys safely', () => {
    const huge = 'x'.repeat(2_000_000)
    const text = `{"data":{"messages":[{"index":"1-1","type":"Text","utcTime":1,"text":"${huge}","from":{"type":"Agent","participantId":"p"},"userData":{"__proto__":"a","constructor":"b","k":"v"}}]}}`
    const r = readMessagesReply(200, text)
    if (!r.ok) throw new Error(r.message)
    const e = r.value.events[0]
    expect(e?.text?.length).toBe(2_000_000)
    expect(e?.from.name).toBe('')
    expect(Object.getPrototypeOf(e?.userData)).toBeNull()
    expect({ ...e?.userData }).toEqual({ k: 'v' })
    expect(({} as Record<string, unknown>).a).toBeUndefined()
  })

  it('maps 404 and INVALID_SESSION to session-lost (§10)', () => {
    expect(readMessagesReply(404, '')).toMatchObject({ ok: false, kind: 'session-lost' })
    const body = '{"status":{"code":"INVALID_SESSION","message":"gone"}}'
    expect(readMessagesReply(400, body)).toMatchObject({
      kind: 'session-lost',
      code: 'INVALID_SESSION',
      message: 'gone',
    })
    expect(readMessagesReply(200, body)).toMatchObject({ kind: 'session-lost' })
  })

  it('names the upload refusal each documented code is (sendFile rejection rows)', () => {
    const body = (code: string) => `{"status":{"code":"${code}","message":"m"}}`
    expect(readUploadReply(400, body('INVALID_FILE_TYPE'))).toMatchObject({
      kind: 'rejected',
      fileRefusal: 'invalid-type',
    })
    expect(readUploadReply(400, body('LIMIT_FILE_COUNT'))).toMatchObject({ fileRefusal: 'upload-limit' })
    expect(readUploadReply(413, body('LIMIT_FILE_SIZE'))).toMatchObject({ fileRefusal: 'size-limit' })
    expect(readUploadReply(400, body('constructor'))).not.toHaveProperty('fileRefusal')
  })

  it('maps other codes: 2xx = server, 5xx/429 retryable http, 401 not retryable', () => {
    const body = (code: string) => `{"status":{"code":"${code}","message":"m"}}`
    expect(readMessagesReply(200, body('WHATEVER'))).toMatchObject({ kind: 'server', retryable: false })
    expect(readMessagesReply(503, 'down')).toMatchObject({
      kind: 'http',
      retryable: true,
      message: 'HTTP 503',
    })
    expect(readMessagesReply(429, '')).toMatchObject({ kind: 'http', retryable: true })
    expect(readMessagesReply(401, body('AUTHENTICATION_REQUIRED'))).toMatchObject({
      kind: 'http',
      retryable: false,
      code: 'AUTHENTICATION_REQUIRED',
    })
  })
})

describe('the other replies', () => {
  it('start without data.clientToken fails start (§10)', () => {
    const r = readStartReply(200, '{"data":{"entity":{"id":"s"}}}')
    expect(r).toMatchObject({ ok: false, kind: 'decode', issues: [{ path: 'data.clientToken' }] })
  })

  it('start with an unreadable token names data.clientToken', () => {
    const r = readStartReply(200, '{"data":{"clientToken":"a.%%%.c"}}')
    expect(r).toMatchObject({ ok: false, kind: 'decode', issues: [{ path: 'data.clientToken' }] })
    const noIds = readStartReply(200, '{"data":{"clientToken":"a.e30.c"}}')
    expect(!noIds.ok && noIds.issues?.map((i) => i.path)).toEqual([
      'data.clientToken.payload.sessionId',
      'data.clientToken.payload.transportId',
      'data.clientToken.payload.participantId',
    ])
  })

  it('send reads a top-level chatEnded, data.chatEnded, or an empty body', () => {
    expect(readSendReply(200, '{"chatEnded":true}')).toEqual({ ok: true, value: { chatEnded: true } })
    expect(readSendReply(200, '{"data":{"chatEnded":true}}')).toEqual({
      ok: true,
      value: { chatEnded: true },
    })
    expect(readSendReply(200, '')).toEqual({ ok: true, value: { chatEnded: false } })
    expect(readSendReply(200, '{"chatEnded":"yes"}')).toMatchObject({
      ok: false,
      issues: [{ path: 'chatEnded' }],
    })
  })

  it('upload refusals are rejected failures (§3 E5); any 2xx body is accepted', () => {
    const body = '{"status":{"code":"INVALID_FILE_TYPE","message":"Only Images are allowed"}}'
    expect(readUploadReply(400, body)).toMatchObject({
      ok: false,
      kind: 'rejected',
      code: 'INVALID_FILE_TYPE',
    })
    expect(readUploadReply(200, 'not json')).toEqual({ ok: true, value: {} })
    expect(readUploadReply(200, '{"data":{"id":"m1","url":"/u"}}')).toEqual({
      ok: true,
      value: { mediaId: 'm1', url: '/u' },
    })
  })

  it('userdata and leave', () => {
    const ud = readUserDataReply(200, '{"data":{"userData":{"a":"1","__proto__":{"x":1}}}}')
    expect(ud.ok && { ...ud.value.userData }).toEqual({ a: '1' })
    expect(readLeaveReply(200, 'ignored')).toEqual({ ok: true, value: {} })
    expect(readLeaveReply(404, '')).toMatchObject({ ok: false, kind: 'session-lost' })
  })
})
