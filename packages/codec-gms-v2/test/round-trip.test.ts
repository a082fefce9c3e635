import type { TranscriptEvent } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import {
  buildGmsRequest,
  type GmsReplyInit,
  type GmsRequest,
  readGmsReply,
  readGmsRequest,
  toFetchRequest,
  writeGmsReply,
} from '../src/index.js'
import { SERVICE_URL } from './fixtures/golden.js'

const identity = { alias: '117', secureKey: '4ee15d7e1c343c8e', userId: '007555677B20000A' }
const session = { chatId: '00048aAPEQJ8000U', identity }
const userData = Object.assign(Object.create(null), {
  a: '1',
  nested: Object.assign(Object.create(null), { b: 'x y' }),
})

/** One request per operation, with every optional field set (and a second one with none, where it matters). */
export const EVERY_REQUEST: GmsRequest[] = [
  {
    operation: 'requestChat',
    nickname: 'Nick',
    firstName: 'First',
    lastName: 'Last',
    emailAddress: 'a@b.c',
    subject: 'Subject to',
    text: 'hello',
    userData,
    endpoint: 'sales',
  },
  {
    operation: 'send',
    ...session,
    message: 'hi & bye',
    messageType: 'text',
    transcriptPosition: 3,
    eventAttributes: { 'general-properties': { 'related-event-id': 'e1' } },
  },
  { operation: 'send', ...session, message: '' },
  { operation: 'startTyping', ...session, message: 'pre', transcriptPosition: 2 },
  { operation: 'stopTyping', ...session },
  { operation: 'refresh', ...session, transcriptPosition: 1, message: '' },
  { operation: 'refresh', ...session },
  { operation: 'disconnect', ...session },
  { operation: 'pushUrl', ...session, pushUrl: 'https://example.com/?a=1&b=2' },
  { operation: 'updateNickname', ...session, nickname: 'Neo' },
  {
    operation: 'customNotice',
    ...session,
    message: 'note',
    eventAttributes: { purpose: 'cancel-idle-timer' },
  },
  { operation: 'customNotice', ...session },
  { operation: 'updateData', ...session, userData },
  { operation: 'readReceipt', ...session, transcriptPosition: 7 },
  { operation: 'fileLimits', ...session },
  { operation: 'fileDownload', ...session, fileId: 'f/1 ü' },
  { operation: 'fileDelete', ...session, fileId: 'f2' },
]

describe('request round trip: client build → server read', () => {
  it.each(EVERY_REQUEST.map((r) => [r.operation, r] as const))(
    '%s preserves every field',
    async (_, request) => {
      const wire = buildGmsRequest({ dataURL: SERVICE_URL, headers: { apikey: 'k' } }, request)
      expect(wire.method).toBe('POST')
      const read = await readGmsRequest(toFetchRequest(wire))
      expect(read).toEqual({ ok: true, serviceName: 'customer-support', request })
    },
  )

  it('fileUpload preserves the file bytes, name and userData', async () => {
    const file = new Blob([new Uint8Array([0, 1, 2, 255])], { type: 'image/png' })
    const request: GmsRequest = { operation: 'fileUpload', ...session, file, fileName: 'pic.png', userData }
    const read = await readGmsRequest(toFetchRequest(buildGmsRequest({ dataURL: SERVICE_URL }, request)))
    if (!read.ok || read.request.operation !== 'fileUpload') throw new Error('expected fileUpload')
    const { file: got, ...rest } = read.request
    const { file: _sent, ...expected } = request
    expect(rest).toEqual(expected)
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(new Uint8Array([0, 1, 2, 255]))
    expect(got.type).toBe('image/png')
  })
})

const agent = { name: 'Agent Smith', type: 'Agent', participantId: 2 } as const
const event = (over: Partial<TranscriptEvent>): TranscriptEvent => ({
  index: 2,
  wireIndex: 2,
  type: 'Message',
  wireType: 'Message',
  from: agent,
  timestamp: 1432845090000,
  ...over,
})

describe('reply round trip: server write → client read', () => {
  const replies: [string, GmsReplyInit][] = [
    [
      'full',
      {
        statusCode: 0,
        chatEnded: false,
        nextPosition: 4,
        chatId: session.chatId,
        ...identity,
        idleTimerExpire: 30,
        messages: [
          event({ text: 'hi', messageType: 'text' }),
          event({ index: 3, wireIndex: 3, type: 'Unknown', wireType: 'Brand New' }),
        ],
      },
    ],
    ['upload', { statusCode: 0, userData: { 'file-id': 'f1' } }],
    ['retryable', { statusCode: 1 }],
    ['fatal', { statusCode: 2, chatEnded: true, errors: [{ code: 8210, advice: 'bad secure key' }] }],
  ]
  it.each(replies)('%s preserves every field', async (_, init) => {
    const response = writeGmsReply(init)
    expect(response.headers.get('content-type')).toBe('application/json')
    const result = readGmsReply(response.status, await response.text())
    if (!result.ok) throw new Error(JSON.stringify(result))
    const { events, originalMessages, ...rest } = result.reply
    const { messages = [], ...expected } = init
    expect(rest).toEqual(expected)
    expect(events).toEqual(messages)
    expect(originalMessages).toHaveLength(messages.length)
  })
})
