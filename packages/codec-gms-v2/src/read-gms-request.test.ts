import { describe, expect, it } from 'vitest'
import { GOLDEN_REQUEST_CHAT_FORM, SERVICE_URL } from '../test/fixtures/golden.js'
import { readGmsRequest } from './read-gms-request.js'
import { writeGmsError } from './write-gms-reply.js'

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }
const post = (path: string, body: string | FormData = '', headers: Record<string, string> = FORM) =>
  new Request(`${SERVICE_URL}${path}`, {
    method: 'POST',
    body,
    headers: body instanceof FormData ? {} : headers,
  })

describe('readGmsRequest', () => {
  it('decodes the official Request Chat form exactly', async () => {
    const result = await readGmsRequest(post('', GOLDEN_REQUEST_CHAT_FORM))
    expect(result).toEqual({
      ok: true,
      serviceName: 'customer-support',
      request: {
        operation: 'requestChat',
        nickname: '',
        firstName: 'First',
        lastName: 'Last',
        emailAddress: '',
        subject: 'Subject to',
        text: '',
        userData: {},
      },
    })
  })

  it("accepts the real widget's request chat: trailing slash, empty identity, userData, endpoint last", async () => {
    const body =
      'alias=&secureKey=&userId=&nickname=&firstName=&lastName=&emailAddress=&subject=&text=' +
      '&userData%5BGCTI_LanguageCode%5D=en&userData%5B_genesys_source%5D=web&userData%5Ba%5D%5Bb%5D=c&endpoint=sales'
    const result = await readGmsRequest(post('/', body))
    expect(result.ok && result.request).toMatchObject({
      operation: 'requestChat',
      userData: { GCTI_LanguageCode: 'en', _genesys_source: 'web', a: { b: 'c' } },
      endpoint: 'sales',
    })
  })

  it('keeps __proto__ and constructor userData keys as plain keys without polluting prototypes', async () => {
    const body = 'userData%5B__proto__%5D%5Bpolluted%5D=yes&userData%5Bconstructor%5D=x'
    const result = await readGmsRequest(post('', body))
    if (!result.ok || result.request.operation !== 'requestChat') throw new Error('expected requestChat')
    expect(Object.getPrototypeOf(result.request.userData)).toBeNull()
    expect(Object.keys(result.request.userData)).toEqual(['__proto__', 'constructor'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reads the file limits call sent as multipart, and an upload with its file part', async () => {
    const form = new FormData()
    form.append('alias', '117')
    form.append('userId', 'u')
    form.append('secureKey', 'k')
    const limits = await readGmsRequest(post('/c1/file/limits', form))
    expect(limits.ok && limits.request).toEqual({
      operation: 'fileLimits',
      chatId: 'c1',
      identity: { alias: '117', secureKey: 'k', userId: 'u' },
    })
    const upload = new FormData()
    upload.append('file', new Blob(['hi'], { type: 'text/plain' }), 'a.txt')
    upload.append('secureKey', 'k')
    const up = await readGmsRequest(post('/c1/file', upload))
    if (!up.ok || up.request.operation !== 'fileUpload') throw new Error('expected fileUpload')
    expect(up.request.fileName).toBe('a.txt')
    expect(await up.request.file.text()).toBe('hi')
  })

  it.each([
    ['//refresh', 400, 161, 'chatId'],
    ['/refresh', 400, 161, 'chatId'],
    ['/c1/nope', 404, 306, 'path'],
  ])('refuses %s with the protocol error', async (path, status, code, field) => {
    const result = await readGmsRequest(post(path, 'transcriptPosition=1'))
    expect(result).toMatchObject({ ok: false, status, field, errors: [{ code }] })
    if (result.ok) return
    const response = writeGmsError(result)
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toEqual({ statusCode: 2, chatEnded: true, errors: result.errors })
  })

  it.each([
    ['/c1/refresh', 'transcriptPosition=-1', 'transcriptPosition'],
    ['/c1/refresh', 'transcriptPosition=1e3', 'transcriptPosition'],
    ['/c1/send', 'secureKey=k', 'message'],
    ['/c1/send', 'message=a&eventAttributes=%7Bbad', 'eventAttributes'],
    ['/c1/pushUrl', '', 'pushUrl'],
    ['/c1/updateNickname', '', 'nickname'],
    ['/c1/readReceipt', '', 'transcriptPosition'],
    ['/c1/updateData', 'userData%5Ba%5D=1&userData%5Ba%5D%5Bb%5D=2', 'userData[a][b]'],
    ['/c1/file', 'secureKey=k', 'file'],
  ])('names the wrong field: %s %s', async (path, body, field) => {
    expect(await readGmsRequest(post(path, body))).toMatchObject({ ok: false, status: 400, field })
  })

  it('refuses other methods and content types', async () => {
    const get = new Request(`${SERVICE_URL}/c1/refresh`)
    expect(await readGmsRequest(get)).toMatchObject({ ok: false, status: 405 })
    const json = post('/c1/refresh', '{}', { 'content-type': 'application/json' })
    expect(await readGmsRequest(json)).toMatchObject({ ok: false, status: 415, field: 'content-type' })
  })

  it('honours an explicit basePath, e.g. the hosted form without a service segment', async () => {
    const request = new Request('https://api.example/gms-chat/2/chat/c9/disconnect', { method: 'POST' })
    const result = await readGmsRequest(request, { basePath: '/gms-chat/2/chat' })
    expect(result).toMatchObject({ ok: true, request: { operation: 'disconnect', chatId: 'c9' } })
  })

  it('decodes percent-encoded chat and file ids', async () => {
    const result = await readGmsRequest(post('/c%2F1/file/f%20x/delete', ''))
    expect(result).toMatchObject({
      ok: true,
      request: { operation: 'fileDelete', chatId: 'c/1', fileId: 'f x' },
    })
  })
})
