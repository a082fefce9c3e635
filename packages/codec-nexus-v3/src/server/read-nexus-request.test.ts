import { describe, expect, it } from 'vitest'
import { readNexusRequest } from './read-nexus-request.js'

const B = 'https://chat.example/nexus/v3/chat/sessions'
const form = { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' }

function post(url: string, body: string, headers: Record<string, string> = {}, method = 'POST'): Request {
  return new Request(url, { method, body, headers: { ...form, ...headers } })
}

describe('readNexusRequest', () => {
  it('reads a start body as the widget sends it (real-widget.md §2.6)', async () => {
    const body =
      'data%5BfirstName%5D=Ann&data%5BlastName%5D=Lee&data%5Bnickname%5D=Ann&data%5Bendpoint%5D=ep1' +
      '&data%5BuserData%5D%5B_genesys_source%5D=web&data%5BuserData%5D%5Bphone%5D=123&data%5Bemail%5D=a%40b.c' +
      '&operationId=ee8c0c555f-327bd-b65cc-86e47-4ab7a3b671d7daa'
    const r = await readNexusRequest(post(B, body, { 'x-api-key': 'k1' }))
    expect(r.ok && r.operation).toBe('start')
    if (!r.ok || r.operation !== 'start') return
    expect(r.apiKey).toBe('k1')
    expect(r.clientKey).toBeUndefined()
    expect(r.operationId).toBe('ee8c0c555f-327bd-b65cc-86e47-4ab7a3b671d7daa')
    expect(r.start).toMatchObject({
      firstName: 'Ann',
      lastName: 'Lee',
      nickname: 'Ann',
      endpoint: 'ep1',
      email: 'a@b.c',
    })
    expect({ ...r.start.userData }).toEqual({ _genesys_source: 'web', phone: '123' })
    expect(Object.getPrototypeOf(r.start.userData)).toBeNull()
  })

  it('reads a start carrying x-nexus-client-key as resume (§3 E1/E2)', async () => {
    const r = await readNexusRequest(
      post(B, 'data%5Bendpoint%5D=ep&operationId=x', { 'x-nexus-client-key': 'a.b.c' }),
    )
    expect(r.ok && r.operation).toBe('resume')
    expect(r.ok && r.clientKey).toBe('a.b.c')
  })

  it('keeps __proto__ and constructor userData keys as data, never polluting', async () => {
    const body = 'data[userData][__proto__][polluted]=1&data[userData][constructor]=x&data[endpoint]=e'
    const r = await readNexusRequest(post(B, encodeURI(body)))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    if (!r.ok || r.operation !== 'start') throw new Error('expected start')
    expect(Object.keys(r.start.userData).sort()).toEqual(['__proto__', 'constructor'])
    expect(r.start.userData.constructor).toBe('x')
  })

  it('reads the poll with index and count (§3 E3)', async () => {
    const r = await readNexusRequest(new Request(`${B}/s1/messages?operationId=o&index=17-3&count=20`))
    expect(r).toMatchObject({
      ok: true,
      operation: 'messages',
      sessionId: 's1',
      index: '17-3',
      count: 20,
      operationId: 'o',
    })
    const plain = await readNexusRequest(new Request(`${B}/s1/messages?operationId=o`))
    expect(plain.ok && 'index' in plain).toBe(false)
  })

  it('refuses a bad count with INVALID_REQUEST naming count', async () => {
    const r = await readNexusRequest(new Request(`${B}/s1/messages?count=-1`))
    expect(r).toMatchObject({
      ok: false,
      code: 'INVALID_REQUEST',
      httpStatus: 400,
      path: 'count',
      operation: 'messages',
    })
  })

  it('reads send, userdata and leave (§3 E4, E7, E8)', async () => {
    const send = await readNexusRequest(
      post(`${B}/s1/messages`, 'operationId=o&data%5Btype%5D=TypingStarted&data%5Btext%5D=hi'),
    )
    expect(send).toMatchObject({
      ok: true,
      operation: 'send',
      sessionId: 's1',
      type: 'TypingStarted',
      text: 'hi',
    })
    const plain = await readNexusRequest(post(`${B}/s1/messages`, 'operationId=o'))
    expect(plain).toMatchObject({ operation: 'send', type: 'Text', text: '' })
    const ud = await readNexusRequest(post(`${B}/s1/userdata`, 'data%5Bk%5D=v&operationId=o', {}, 'PUT'))
    expect(ud.ok && ud.operation === 'updateUserData' && { ...ud.userData }).toEqual({ k: 'v' })
    const leave = await readNexusRequest(
      post(`${B}/undefined/participants/undefined`, 'operationId=o', {}, 'DELETE'),
    )
    expect(leave).toMatchObject({
      ok: true,
      operation: 'leave',
      sessionId: 'undefined',
      participantId: 'undefined',
    })
  })

  it('reads a multipart image upload and an attachment GET (§3 E5, E6)', async () => {
    const body = new FormData()
    body.append('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'a.png')
    body.append('operationId', 'o')
    const r = await readNexusRequest(new Request(`${B}/s1/images`, { method: 'POST', body }))
    if (!r.ok || r.operation !== 'uploadImage') throw new Error('expected upload')
    expect(r.fileName).toBe('a.png')
    expect(r.file.type).toBe('image/png')
    expect(new Uint8Array(await r.file.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
    const missing = await readNexusRequest(
      new Request(`${B}/s1/images`, { method: 'POST', body: new FormData() }),
    )
    expect(missing).toMatchObject({ ok: false, path: 'file' })
    const get = await readNexusRequest(new Request(`${B}/s1/images/m%201`))
    expect(get).toMatchObject({ ok: true, operation: 'attachment', sessionId: 's1', mediaId: 'm 1' })
  })

  it('answers unknown paths, wrong methods and conflicting keys with the v3 error body', async () => {
    expect(await readNexusRequest(new Request(`${B}/s1/nothing`))).toMatchObject({
      ok: false,
      httpStatus: 404,
    })
    expect(await readNexusRequest(new Request(`${B}/s1/userdata`))).toMatchObject({
      ok: false,
      httpStatus: 405,
      operation: 'updateUserData',
    })
    const conflict = await readNexusRequest(
      post(`${B}/s1/messages`, 'data%5Btype%5D=a&data%5Btype%5D%5Bx%5D=b'),
    )
    expect(conflict).toMatchObject({ ok: false, code: 'INVALID_REQUEST', path: 'data[type][x]' })
    if (!conflict.ok) expect(conflict.body.status.code).toBe('INVALID_REQUEST')
    const nested = await readNexusRequest(post(`${B}/s1/messages`, 'data%5Btype%5D%5Bx%5D=b'))
    expect(nested).toMatchObject({ ok: false, path: 'data[type]' })
  })

  it('honours a custom base path and reads a Bearer token', async () => {
    const r = await readNexusRequest(
      new Request('http://x/api/chat/s9/messages', { headers: { authorization: 'Bearer t.o.k' } }),
      { basePath: '/api/chat' },
    )
    expect(r).toMatchObject({ ok: true, operation: 'messages', sessionId: 's9', clientKey: 't.o.k' })
  })
})
