import { describe, expect, it } from 'vitest'
import { decodeClientToken, readMessagesReply, readStartReply } from '../src/index.js'
import { GOLDEN_MESSAGES_REPLY, GOLDEN_START_REPLY, GOLDEN_TOKEN, GOLDEN_TOKEN_PAYLOAD } from './fixtures.js'

describe('golden v3 fixtures (pureengage-v3.md)', () => {
  it('a start reply token decodes to {sessionId, transportId, participantId} (§4)', () => {
    expect(decodeClientToken(GOLDEN_TOKEN)).toEqual({ ok: true, value: GOLDEN_TOKEN_PAYLOAD })
    const reply = readStartReply(200, GOLDEN_START_REPLY)
    expect(reply).toEqual({ ok: true, value: { ...GOLDEN_TOKEN_PAYLOAD, token: GOLDEN_TOKEN } })
  })

  it('a messages reply decodes into neutral events, exactly (§6)', () => {
    const reply = readMessagesReply(200, GOLDEN_MESSAGES_REPLY)
    if (!reply.ok) throw new Error(reply.message)
    const customer = { name: 'Ann', type: 'Client', participantId: '7c1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' }
    const agent = { name: 'Anna', type: 'Agent', participantId: '9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a' }
    expect(reply.value.chatEnded).toBe(false)
    expect(reply.value.events).toEqual([
      {
        index: 1700000000100000,
        wireIndex: '1700000000100-0',
        type: 'ParticipantJoined',
        wireType: 'ParticipantJoined',
        from: customer,
        timestamp: 1700000000100,
      },
      {
        index: 1700000000123001,
        wireIndex: '1700000000123-1',
        type: 'Message',
        wireType: 'Text',
        from: agent,
        timestamp: 1700000000123,
        text: 'Hello, how can I help?',
      },
      {
        index: 1700000000200002,
        wireIndex: '1700000000200-2',
        type: 'PushUrl',
        wireType: 'PushUrl',
        from: agent,
        timestamp: 1700000000200,
        text: 'see',
        url: 'https://example.com/help',
      },
      {
        index: 1700000000300003,
        wireIndex: '1700000000300-3',
        type: 'Message',
        wireType: 'Text',
        from: customer,
        timestamp: 1700000000300,
        text: 'photo',
        content: [{ type: 'image', mime: 'image/png', url: '/sessions/s/images/m1' }],
      },
      {
        index: 1700000000400004,
        wireIndex: '1700000000400-4',
        type: 'Unknown',
        wireType: 'TranscriptSaveDone',
        from: { name: 'system', type: 'External', participantId: '0' },
        timestamp: 1700000000400,
      },
    ])
    // originalMessages are the wire objects as received (integrations key on type == 'Text')
    expect((reply.value.originalMessages[1] as { type: string }).type).toBe('Text')
    expect(reply.value.originalMessages).toEqual(JSON.parse(GOLDEN_MESSAGES_REPLY).data.messages)
  })

  it('the widget example index "1589364591000-3" reads as ms·1000 + seq = 1589364591000003, raw kept (§6)', () => {
    const text = GOLDEN_MESSAGES_REPLY.replace('1700000000100-0', '1589364591000-3')
    const reply = readMessagesReply(200, text)
    expect(reply.ok && reply.value.events[0]?.index).toBe(1589364591000003)
    expect(reply.ok && reply.value.events[0]?.wireIndex).toBe('1589364591000-3')
  })
})
