import type { TranscriptEvent } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { writeNexusError, writeNexusReply } from './write-nexus-reply.js'

describe('writeNexusReply / writeNexusError', () => {
  it('writes the start reply with clientToken and entity (§3 E1)', async () => {
    const res = writeNexusReply({ operation: 'start', clientToken: 'a.b.c', sessionId: 's1' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/json')
    expect(await res.json()).toEqual({
      status: { code: 'SUCCESS', message: 'Success' },
      data: { clientToken: 'a.b.c', entity: { id: 's1', selfUri: '/nexus/v3/chat/sessions/s1' } },
    })
  })

  it('writes messages with Text/Customer wire names and chatEnded (§3 E3, §6)', async () => {
    const event: TranscriptEvent = {
      index: 1700000000123000,
      wireIndex: '1700000000123-0',
      type: 'Message',
      wireType: 'Text',
      from: { name: 'Ann', type: 'Client', participantId: 'p1' },
      timestamp: 1700000000123,
      text: 'hi',
    }
    const body = await writeNexusReply({ operation: 'messages', messages: [event], chatEnded: true }).json()
    expect(body.data).toEqual({
      chatEnded: true,
      messages: [
        {
          index: '1700000000123-0',
          type: 'Text',
          utcTime: 1700000000123,
          text: 'hi',
          from: { nickname: 'Ann', type: 'Customer', participantId: 'p1' },
        },
      ],
    })
  })

  it('writes documented error codes with their HTTP status (§10)', async () => {
    const lost = writeNexusError('INVALID_SESSION')
    expect(lost.status).toBe(404)
    expect(await lost.json()).toEqual({ status: { code: 'INVALID_SESSION', message: 'Invalid session' } })
    expect(writeNexusError('AUTHENTICATION_REQUIRED').status).toBe(401)
    expect(writeNexusError('INVALID_CONTACT_CENTER').status).toBe(403)
    expect(writeNexusError('LIMIT_FILE_SIZE', 'too big', 413).status).toBe(413)
  })

  it('writes attachment bytes with their content type', async () => {
    const res = writeNexusReply({
      operation: 'attachment',
      body: new Uint8Array([9, 8]),
      contentType: 'image/png',
    })
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([9, 8]))
  })
})
