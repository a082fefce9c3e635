import { describe, expect, it } from 'vitest'
import {
  buildAttachmentRequest,
  buildImageUploadRequest,
  buildLeaveRequest,
  buildMessagesRequest,
  buildSendRequest,
  buildStartRequest,
  buildUserDataRequest,
} from './build-requests.js'
import { createOperationId } from './operation-id.js'

const ctx = {
  dataURL: 'https://h/nexus/v3/chat/sessions/',
  headers: { 'x-api-key': 'K' },
  operationId: () => 'OP',
}
const FORM = 'application/x-www-form-urlencoded; charset=UTF-8'

describe('client requests (pureengage-v3.md §3, real-widget.md §2.6)', () => {
  it('start: data[…] fields in widget order, operationId last, no client key', () => {
    const r = buildStartRequest(ctx, {
      firstName: 'Ann',
      nickname: 'Ann',
      endpoint: 'ep',
      userData: { phone: '1', nested: { a: 'b' } },
      email: 'a@b',
    })
    expect(r).toMatchObject({ method: 'POST', url: 'https://h/nexus/v3/chat/sessions' })
    expect(r.headers).toEqual({ 'x-api-key': 'K', 'content-type': FORM })
    expect(decodeURIComponent(String(r.body))).toBe(
      'data[firstName]=Ann&data[nickname]=Ann&data[endpoint]=ep&data[userData][phone]=1' +
        '&data[userData][nested][a]=b&data[userData][PhoneNumber]=1&data[email]=a@b&operationId=OP',
    )
  })

  it('resume carries x-nexus-client-key (§3 E2)', () => {
    const r = buildStartRequest(ctx, { endpoint: 'ep' }, 'T')
    expect(r.operation).toBe('resume')
    expect(r.headers['x-nexus-client-key']).toBe('T')
  })

  it('messages: GET with operationId, index and count in the query, no body', () => {
    const r = buildMessagesRequest(ctx, { sessionId: 's/1', token: 'T' }, { index: '17-2', count: 20 })
    expect(r.url).toBe('https://h/nexus/v3/chat/sessions/s%2F1/messages?operationId=OP&index=17-2&count=20')
    expect(r.body).toBeUndefined()
    expect(r.headers).toEqual({ 'x-api-key': 'K', 'x-nexus-client-key': 'T' })
  })

  it('send: operationId first, then data[type], data[text]', () => {
    const r = buildSendRequest(ctx, { sessionId: 's', token: 'T' }, { type: 'Text', text: 'a b&c' })
    expect(r.body).toBe('operationId=OP&data%5Btype%5D=Text&data%5Btext%5D=a+b%26c')
  })

  it('userdata PUT, leave DELETE with a form body, upload multipart, attachment URL (§3 E5–E8)', async () => {
    const ud = buildUserDataRequest(ctx, { sessionId: 's', token: 'T' }, { k: 'v' })
    expect([ud.method, ud.url, ud.body]).toEqual([
      'PUT',
      'https://h/nexus/v3/chat/sessions/s/userdata',
      'data%5Bk%5D=v&operationId=OP',
    ])
    const leave = buildLeaveRequest(ctx, { sessionId: 's', token: 'T', participantId: 'p' })
    expect([leave.method, leave.url, leave.body, leave.headers['content-type']]).toEqual([
      'DELETE',
      'https://h/nexus/v3/chat/sessions/s/participants/p',
      'operationId=OP',
      FORM,
    ])
    const up = buildImageUploadRequest(
      ctx,
      { sessionId: 's', token: 'T' },
      new Blob(['x'], { type: 'image/png' }),
      'a.png',
    )
    expect(up.body).toBeInstanceOf(FormData)
    expect((up.body as FormData).get('operationId')).toBe('OP')
    expect(((up.body as FormData).get('file') as File).name).toBe('a.png')
    expect(up.headers['content-type']).toBeUndefined()
    const att = buildAttachmentRequest(ctx, { token: 'T' }, '/sessions/s/images/m')
    expect(att.url).toBe('https://h/nexus/v3/chat/sessions/s/images/m')
  })

  it('attachment: auth headers never go to another origin; such a URL is rebuilt under the chat base (E6)', () => {
    const at = (url: string) => buildAttachmentRequest(ctx, { token: 'T' }, url)
    expect(at('https://h/nexus/v3/chat/sessions/s/images/m').url).toBe(
      'https://h/nexus/v3/chat/sessions/s/images/m',
    )
    expect(at('https://evil.example/nexus/v3/chat/sessions/s/images/m?x=1').url).toBe(
      'https://h/nexus/v3/chat/sessions/s/images/m?x=1',
    )
    expect(at('http://h/sessions/s/images/m').url).toBe('https://h/nexus/v3/chat/sessions/s/images/m')
    expect(at('//evil.example/steal').url).toBe('https://h/nexus/v3/chat/steal')
    expect(at('HTTPS://evil.example:8443/a').url).toBe('https://h/nexus/v3/chat/a')
    expect(at('https://evil.example/a').headers).toEqual({ 'x-api-key': 'K', 'x-nexus-client-key': 'T' })
  })

  it('operationIds are widget-shaped: hex 10-5-5-5-17, fresh each time', () => {
    const a = createOperationId()
    expect(a).toMatch(/^[0-9a-f]{10}-[0-9a-f]{5}-[0-9a-f]{5}-[0-9a-f]{5}-[0-9a-f]{17}$/)
    expect(createOperationId()).not.toBe(a)
  })
})
