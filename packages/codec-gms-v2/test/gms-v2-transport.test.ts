import type { ChatTransport, FetchLike } from '@chatwire/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildGmsRequest, createGmsV2Transport, GMS_V2_CAPABILITIES, toFetchRequest } from '../src/index.js'
import { createGmsHandler } from './fixtures/gms-handler.js'
import { FILE_LIMITS_REPLY, GOLDEN_REQUEST_CHAT_REPLY, SERVICE_URL } from './fixtures/golden.js'

const asFetch =
  (handle: (r: Request) => Promise<Response>): FetchLike =>
  (input, init) =>
    handle(new Request(input, init))

const replyWith =
  (status: number, body: string): FetchLike =>
  async () =>
    new Response(body, { status, headers: { 'content-type': 'application/json' } })

async function started(transport: ChatTransport) {
  const result = await transport.start({ firstname: 'First', lastname: 'Last', userData: { a: 1 } })
  if (!result.ok) throw new Error(result.message)
  return result.value
}

afterEach(() => {
  vi.useRealTimers()
})

describe('createGmsV2Transport with an injected fetch handler', () => {
  it('declares the GMS capabilities honestly', () => {
    const t = createGmsV2Transport({ dataURL: SERVICE_URL, fetch: replyWith(200, '{}') })
    expect(t.name).toBe('gms-v2')
    expect(t.capabilities).toEqual(GMS_V2_CAPABILITIES)
    expect(typeof t.uploadFile).toBe('function')
    expect(t.history).toBeUndefined()
  })

  it('starts, sends, polls with rotating secureKey, reads file limits, uploads, downloads and ends', async () => {
    const server = createGmsHandler()
    const t = createGmsV2Transport({
      dataURL: SERVICE_URL,
      apikey: 'secret',
      endpoint: 'sales',
      enableCustomHeader: true,
      headers: { Authorization: 'Bearer x' },
      fetch: asFetch(server.handle),
    })
    const start = await started(t)
    expect(start.session).toEqual({ secureKey: 'key-0', sessionID: 'chat-1', alias: '117', userId: 'u1' })
    expect(start.events.map((e) => e.type)).toEqual(['ParticipantJoined'])
    expect(start.cursor).toBe(2)
    const first = server.seen[0]
    expect(first?.url).toBe(`${SERVICE_URL}/`)
    expect(first?.headers.get('apikey')).toBe('secret')
    expect(first?.headers.get('authorization')).toBe('Bearer x')
    expect(first?.headers.get('content-type')).toBe('application/x-www-form-urlencoded')
    expect(first?.request).toMatchObject({
      operation: 'requestChat',
      firstName: 'First',
      endpoint: 'sales',
      userData: { a: '1' },
    })

    const sent = await t.send(start.session, { kind: 'message', text: 'hello', messageType: 'text' })
    if (!sent.ok) throw new Error(sent.message)
    expect(sent.value.session.secureKey).toBe('key-1')
    const polled = await t.poll(sent.value.session, start.cursor)
    if (!polled.ok) throw new Error(polled.message)
    expect(polled.value.events.map((e) => [e.index, e.type, e.text])).toEqual([[2, 'Message', 'hello']])
    expect(polled.value.originalMessages[0]).toMatchObject({ index: 2, type: 'Message', messageType: 'text' })
    expect(polled.value.cursor).toBe(3)

    const stale = await t.poll(start.session, 1)
    expect(stale).toMatchObject({
      ok: false,
      kind: 'session-lost',
      retryable: false,
      response: { status: 400 },
    })

    const session = polled.value.session
    expect(await t.fileLimits?.(session)).toMatchObject({
      ok: true,
      value: { uploadMaxFiles: 5, uploadFileTypes: ['jpeg', 'jpg', 'pdf', 'png', 'zip'] },
    })
    const file = Object.assign(new Blob(['x']), { name: 'x.png' })
    const up = await t.uploadFile?.(session, file)
    expect(up).toMatchObject({ ok: true, value: { fileId: 'f1' } })
    const down = await t.downloadFile?.(session, 'f1')
    if (!down?.ok) throw new Error('download failed')
    expect(await down.value.text()).toBe('file bytes')
    const end = await t.send(session, { kind: 'end' })
    expect(end).toMatchObject({ ok: true, value: { chatEnded: true } })
    expect(server.seen.map((s) => s.request.operation)).toEqual([
      'requestChat',
      'send',
      'refresh',
      'refresh',
      'fileLimits',
      'fileUpload',
      'fileDownload',
      'disconnect',
    ])
  })

  it('restore re-reads the whole transcript (transcriptPosition 1) with the stored session', async () => {
    const server = createGmsHandler()
    const t = createGmsV2Transport({ dataURL: SERVICE_URL, fetch: asFetch(server.handle) })
    const { session } = await started(t)
    const restored = await t.restore(session)
    expect(restored).toMatchObject({
      ok: true,
      value: { chatEnded: false, cursor: 2, events: [{ index: 1, type: 'ParticipantJoined' }] },
    })
    expect(server.seen[1]?.request).toMatchObject({
      operation: 'refresh',
      transcriptPosition: 1,
      chatId: 'chat-1',
    })
  })

  it.each([
    [undefined, '1'],
    [7, '7'],
    ['12', '12'],
    ['abc', '1'],
    ['1-2', '1'],
    [Number.NaN, '1'],
    [2.5, '1'],
    [0, '1'],
  ])('polls cursor %s as transcriptPosition=%s', async (cursor, position) => {
    const bodies: string[] = []
    const fetch: FetchLike = async (_input, init) => {
      bodies.push(String(init?.body))
      return new Response('{"statusCode":0}', { headers: { 'content-type': 'application/json' } })
    }
    const t = createGmsV2Transport({ dataURL: SERVICE_URL, fetch })
    await t.poll({ chatId: 'c', secureKey: 'k', userId: 'u', alias: 'a' }, cursor)
    expect(new URLSearchParams(bodies[0]).get('transcriptPosition')).toBe(position)
  })

  it('maps every neutral operation to its GMS request', async () => {
    const server = createGmsHandler()
    const t = createGmsV2Transport({ dataURL: SERVICE_URL, fetch: asFetch(server.handle) })
    const { session } = await started(t)
    const ops = [
      { kind: 'typingStarted', text: 'he' },
      { kind: 'typingStopped' },
      { kind: 'customNotice', text: 'n' },
      { kind: 'cancelIdleTimer' },
      { kind: 'pushUrl', url: 'https://x.example' },
      { kind: 'nickname', nickname: 'Neo' },
      { kind: 'userData', userData: { k: 'v' } },
      { kind: 'readReceipt', index: 3 },
    ] as const
    for (const op of ops) expect((await t.send(session, op)).ok).toBe(true)
    expect(server.seen.slice(1).map((s) => s.request)).toMatchObject([
      { operation: 'startTyping', message: 'he' },
      { operation: 'stopTyping' },
      { operation: 'customNotice', message: 'n' },
      { operation: 'customNotice', eventAttributes: { purpose: 'cancel-idle-timer' } },
      { operation: 'pushUrl', pushUrl: 'https://x.example' },
      { operation: 'updateNickname', nickname: 'Neo' },
      { operation: 'updateData', userData: { k: 'v' } },
      { operation: 'readReceipt', transcriptPosition: 3 },
    ])
    expect(await t.send(session, { kind: 'readReceipt', index: '1589364591000-3' })).toMatchObject({
      ok: false,
      kind: 'rejected',
    })
  })

  it('writes, for every call, exactly the wire form buildGmsRequest gives for the request the server read', async () => {
    /** URL, headers and body as sent; a multipart body as its parts in order (its boundary is random). */
    const wireOf = async (request: Request) => {
      const type = request.headers.get('content-type') ?? ''
      const body = type.startsWith('multipart/form-data')
        ? [...(await request.formData()).entries()].map(([name, value]) =>
            typeof value === 'string' ? [name, value] : [name, value.name, value.size],
          )
        : await request.text()
      return { url: request.url, body, type: type.startsWith('multipart/form-data') ? 'multipart' : type }
    }
    const server = createGmsHandler()
    const sent: Awaited<ReturnType<typeof wireOf>>[] = []
    const t = createGmsV2Transport({
      dataURL: SERVICE_URL,
      endpoint: 'sales',
      fetch: async (input, init) => {
        const request = new Request(input, init)
        sent.push(await wireOf(request.clone()))
        return server.handle(request)
      },
    })
    const start = await t.start({
      nickname: 'N',
      email: 'e@x',
      subject: 's',
      userData: { a: 1, nested: { b: 'x y' }, list: ['p', 'q'] },
    })
    if (!start.ok) throw new Error(start.message)
    let session = start.value.session
    const ops = [
      { kind: 'message', text: 'hi & bye', messageType: 'text' },
      { kind: 'message', text: '' },
      { kind: 'typingStarted', text: 'he' },
      { kind: 'typingStarted' },
      { kind: 'typingStopped', text: 'x' },
      { kind: 'customNotice', text: 'n' },
      { kind: 'cancelIdleTimer' },
      { kind: 'pushUrl', url: 'https://x.example/?a=1&b=2' },
      { kind: 'nickname', nickname: 'Neo' },
      { kind: 'userData', userData: { k: 'v', n: { m: 2 } } },
      { kind: 'readReceipt', index: '3' },
    ] as const
    for (const op of ops) {
      const result = await t.send(session, op)
      if (!result.ok) throw new Error(result.message)
      session = result.value.session
    }
    await t.poll(session, 2)
    await t.restore(session)
    await t.fileLimits?.(session)
    await t.uploadFile?.(session, Object.assign(new Blob(['x']), { name: 'x.png' }))
    await t.downloadFile?.(session, 'f/1 ü')
    await t.send(session, { kind: 'end' })
    expect(sent).toHaveLength(ops.length + 7)
    expect(server.seen).toHaveLength(sent.length)
    for (const [i, { request }] of server.seen.entries())
      expect(sent[i]).toEqual(
        await wireOf(toFetchRequest(buildGmsRequest({ dataURL: SERVICE_URL }, request))),
      )
  })

  it.each([
    ['{"statusCode":0}', 'chatId'],
    ['{"statusCode":0,"chatId":"c1","secureKey":""}', 'secureKey'],
  ])(
    'a request chat reply %s that does not identify the session is a decode failure at %s',
    async (body, path) => {
      const t = createGmsV2Transport({ dataURL: SERVICE_URL, fetch: replyWith(200, body) })
      expect(await t.start({ userData: {} })).toEqual({
        ok: false,
        kind: 'decode',
        retryable: false,
        message: `bad reply: ${path}: request chat reply must identify the session`,
        response: expect.objectContaining({ status: 200 }),
        issues: [{ path, message: 'request chat reply must identify the session' }],
      })
    },
  )

  it('accepts the official Request Chat reply (no nextPosition, no chatEnded)', async () => {
    const t = createGmsV2Transport({ dataURL: SERVICE_URL, fetch: replyWith(200, GOLDEN_REQUEST_CHAT_REPLY) })
    const start = await started(t)
    expect(start).toMatchObject({
      chatEnded: false,
      cursor: 2,
      session: {
        secureKey: '4ee15d7e1c343c8e',
        sessionID: '00048aAPEQJ8000U',
        alias: '117',
        userId: '007555677B20000A',
      },
    })
  })

  it.each([
    [200, '{"statusCode":1}', { kind: 'server', retryable: true }],
    [
      200,
      '{"statusCode":2,"chatEnded":true,"errors":[{"code":102,"advice":"x"}]}',
      { kind: 'session-lost', retryable: false },
    ],
    [200, '{"statusCode":2,"errors":[{"code":102,"advice":"x"}]}', { kind: 'server', retryable: false }],
    [200, '{"statusCode":1,"chatEnded":true}', { kind: 'session-lost', retryable: false }],
    [200, '{"statusCode":2,"errors":[{"code":8201}]}', { kind: 'session-lost' }],
    [
      200,
      '{"statusCode":0,"messages":[{"from":{"nickname":"a","participantId":1,"type":"Robot"},"type":"Message","utcTime":1}]}',
      { kind: 'decode', issues: [{ path: 'messages[0].from.type' }] },
    ],
    [200, '{"statusCode":0,"mess', { kind: 'decode', issues: [{ path: '' }] }],
    [
      502,
      '<html>bad gateway</html>',
      {
        kind: 'http',
        retryable: true,
        response: { status: 502, responseText: '<html>bad gateway</html>', responseJSON: undefined },
      },
    ],
    [
      400,
      '{"statusCode":2,"chatEnded":true,"errors":[{"code":161,"advice":"no chat"}]}',
      { kind: 'session-lost', retryable: false, response: { responseJSON: { statusCode: 2 } } },
    ],
    [
      400,
      '{"statusCode":2,"errors":[{"code":161,"advice":"no chat"}]}',
      { kind: 'http', retryable: false, response: { responseJSON: { statusCode: 2 } } },
    ],
    [503, '{"chatEnded":true}', { kind: 'session-lost', retryable: false }],
  ])('HTTP %i %s → a failure value', async (status, body, expected) => {
    const t = createGmsV2Transport({ dataURL: SERVICE_URL, fetch: replyWith(status, body) })
    const result = await t.poll({ sessionID: 'c', secureKey: 'k', alias: 'a', userId: 'u' }, 1)
    expect(result).toMatchObject({ ok: false, ...expected })
  })

  it('reads every file limit of the file-client-cfg-get notice (gms-chat-v2.md §5)', async () => {
    const t = createGmsV2Transport({ dataURL: SERVICE_URL, fetch: replyWith(200, FILE_LIMITS_REPLY) })
    expect(await t.fileLimits?.({ chatId: 'c1' })).toEqual({
      ok: true,
      value: {
        downloadAttempts: 2,
        usedDownloadAttempts: 0,
        uploadMaxFiles: 5,
        usedUploadMaxFiles: 0,
        uploadMaxFileSize: 10485760,
        uploadMaxTotalSize: 99614720,
        usedUploadMaxTotalSize: 0,
        uploadNeedAgent: false,
        uploadFileTypes: ['jpeg', 'jpg', 'pdf', 'png', 'zip'],
        deleteFile: 'odd',
      },
      response: expect.objectContaining({ status: 200, responseText: FILE_LIMITS_REPLY }),
    })
  })

  const limitsReply = (userData: Record<string, string> | undefined, text = 'file-client-cfg-get') => {
    const notice = {
      from: { nickname: 'c', participantId: 1, type: 'Client' },
      type: 'Notice',
      utcTime: 1,
      text,
    }
    const other = { ...notice, text: 'x' }
    return JSON.stringify({ statusCode: 0, messages: [other, userData ? { ...notice, userData } : notice] })
  }
  const limits = JSON.parse(FILE_LIMITS_REPLY).messages[0].userData as Record<string, string>
  it.each([
    [
      'no file-client-cfg-get notice',
      limitsReply(limits, 'other'),
      'messages',
      'expected a Notice "file-client-cfg-get"',
    ],
    [
      'a notice without userData',
      limitsReply(undefined),
      'messages[1].userData["download-attempts"]',
      'expected a non-negative number as text',
    ],
    [
      'a blank number',
      limitsReply({ ...limits, 'upload-max-files': ' ' }),
      'messages[1].userData["upload-max-files"]',
      'expected a non-negative number as text',
    ],
    [
      'a negative number',
      limitsReply({ ...limits, 'used-upload-max-total-size': '-1' }),
      'messages[1].userData["used-upload-max-total-size"]',
      'expected a non-negative number as text',
    ],
  ])('file limits with %s are a decode failure naming the path', async (_, body, path, message) => {
    const t = createGmsV2Transport({ dataURL: SERVICE_URL, fetch: replyWith(200, body) })
    expect(await t.fileLimits?.({ chatId: 'c1' })).toEqual({
      ok: false,
      kind: 'decode',
      retryable: false,
      message: `bad reply: ${path}: ${message}`,
      response: expect.objectContaining({ status: 200 }),
      issues: [{ path, message }],
    })
  })

  it.each([
    ['{"statusCode":1}', { kind: 'server', retryable: true, message: 'statusCode 1' }],
    ['{"statusCode":2,"chatEnded":true}', { kind: 'session-lost', retryable: false }],
  ])('a file limits reply %s is the failure it reports, as for every call', async (body, expected) => {
    const t = createGmsV2Transport({ dataURL: SERVICE_URL, fetch: replyWith(200, body) })
    expect(await t.fileLimits?.({ chatId: 'c1' })).toMatchObject({ ok: false, ...expected })
  })

  it('an upload reply without the new file id is a decode failure; a failed one keeps its kind', async () => {
    const upload = (status: number, body: string) =>
      createGmsV2Transport({ dataURL: SERVICE_URL, fetch: replyWith(status, body) }).uploadFile?.(
        { chatId: 'c1' },
        new Blob(['x']),
      )
    expect(await upload(200, '{"statusCode":0,"userData":{}}')).toMatchObject({
      ok: false,
      kind: 'decode',
      message: 'bad reply: userData["file-id"]: expected the new file id',
      issues: [{ path: 'userData["file-id"]', message: 'expected the new file id' }],
    })
    expect(await upload(200, '{"statusCode":1}')).toMatchObject({
      ok: false,
      kind: 'server',
      retryable: true,
    })
    expect(await upload(200, '{"statusCode":0,"userData":{"file-id":"f9"}}')).toMatchObject({
      ok: true,
      value: { fileId: 'f9', batch: { events: [], chatEnded: false } },
    })
  })

  it('a download that is refused gives the failure of its JSON error body', async () => {
    const t = createGmsV2Transport({
      dataURL: SERVICE_URL,
      fetch: replyWith(404, '{"statusCode":2,"errors":[{"code":8201,"advice":"gone"}]}'),
    })
    expect(await t.downloadFile?.({ chatId: 'c1' }, 'f1')).toMatchObject({
      ok: false,
      kind: 'session-lost',
      retryable: false,
      message: 'HTTP 404 (errors 8201)',
      response: { status: 404 },
    })
  })

  it('names the upload refusal (type, count, size) so sendFile can give its documented rejection', async () => {
    const session = { chatId: 'c1', secureKey: 'k', userId: 'u', alias: '1' }
    const file = new Blob(['x'])
    const refusal = (code: string) =>
      createGmsV2Transport({
        dataURL: SERVICE_URL,
        fetch: replyWith(400, JSON.stringify({ statusCode: 2, errors: [{ code, advice: 'no' }] })),
      }).uploadFile?.(session, file)
    expect(await refusal('INVALID_FILE_TYPE')).toMatchObject({
      kind: 'rejected',
      fileRefusal: 'invalid-type',
    })
    expect(await refusal('LIMIT_FILE_COUNT')).toMatchObject({ kind: 'rejected', fileRefusal: 'upload-limit' })
    expect(await refusal('LIMIT_FILE_SIZE')).toMatchObject({
      kind: 'rejected',
      fileRefusal: 'size-limit',
      response: { status: 400 },
    })
    const other = await refusal('constructor')
    expect(other).toMatchObject({ ok: false, kind: 'http' })
    expect(other).not.toHaveProperty('fileRefusal')
  })

  it('turns a thrown fetch into a status-0 network failure', async () => {
    const t = createGmsV2Transport({
      dataURL: SERVICE_URL,
      fetch: () => Promise.reject(new TypeError('offline')),
    })
    expect(await t.poll({}, 1)).toMatchObject({
      ok: false,
      kind: 'network',
      retryable: true,
      response: { status: 0, statusText: 'error' },
    })
  })

  it('times out after ajaxTimeout on virtual time, even when fetch ignores the signal', async () => {
    vi.useFakeTimers()
    const t = createGmsV2Transport({
      dataURL: SERVICE_URL,
      ajaxTimeout: 3000,
      fetch: () => new Promise(() => {}),
    })
    const pending = t.poll({}, 1)
    await vi.advanceTimersByTimeAsync(2999)
    let settled = false
    void pending.then(() => {
      settled = true
    })
    await vi.advanceTimersByTimeAsync(0)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await pending).toMatchObject({
      ok: false,
      kind: 'timeout',
      response: { status: 0, statusText: 'timeout' },
    })
  })

  it('an upload has no timeout, even when the call asks for ajaxTimeout, but can still be aborted', async () => {
    vi.useFakeTimers()
    const fetch: FetchLike = (_input, init) =>
      new Promise((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
      })
    const t = createGmsV2Transport({ dataURL: SERVICE_URL, ajaxTimeout: 3000, fetch })
    const session = { chatId: 'c1', secureKey: 'k', userId: 'u', alias: '1' }
    const abort = new AbortController()
    const pending = t.uploadFile?.(session, new Blob(['x']), { timeout: 3000, signal: abort.signal })
    let settled = false
    void pending?.then(() => {
      settled = true
    })
    await vi.advanceTimersByTimeAsync(600_000)
    expect(settled).toBe(false)
    abort.abort()
    expect(await pending).toMatchObject({ ok: false, kind: 'aborted' })
  })

  it('a per-call timeout overrides ajaxTimeout, and the abort reaches fetch', async () => {
    vi.useFakeTimers()
    let aborted = false
    const fetch: FetchLike = (_input, init) =>
      new Promise((_, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted = true
          reject(new DOMException('aborted', 'AbortError'))
        })
      })
    const t = createGmsV2Transport({ dataURL: SERVICE_URL, ajaxTimeout: 3000, fetch })
    const pending = t.poll({}, 1, { timeout: 10 })
    await vi.advanceTimersByTimeAsync(10)
    expect(await pending).toMatchObject({ ok: false, kind: 'timeout' })
    expect(aborted).toBe(true)
  })

  it("the caller's abort signal gives kind 'aborted', before or during the call", async () => {
    const t = createGmsV2Transport({ dataURL: SERVICE_URL, fetch: () => new Promise(() => {}) })
    const before = new AbortController()
    before.abort()
    expect(await t.poll({}, 1, { signal: before.signal })).toMatchObject({
      ok: false,
      kind: 'aborted',
      response: { statusText: 'abort' },
    })
    const during = new AbortController()
    const pending = t.poll({}, 1, { signal: during.signal, timeout: 0 })
    during.abort()
    expect(await pending).toMatchObject({ ok: false, kind: 'aborted', retryable: false })
  })

  it('sends cookies cross-origin only with xhrFields.withCredentials, and honours enableUrlTrailingSlash:false', async () => {
    const inits: (RequestInit | undefined)[] = []
    const urls: string[] = []
    const fetch: FetchLike = async (input, init) => {
      inits.push(init)
      urls.push(String(input))
      return new Response(GOLDEN_REQUEST_CHAT_REPLY)
    }
    await started(
      createGmsV2Transport({
        dataURL: SERVICE_URL,
        xhrFields: { withCredentials: true },
        enableUrlTrailingSlash: false,
        fetch,
      }),
    )
    await started(createGmsV2Transport({ dataURL: SERVICE_URL, fetch }))
    expect(inits.map((i) => i?.credentials)).toEqual(['include', undefined])
    expect(urls).toEqual([SERVICE_URL, `${SERVICE_URL}/`])
  })

  it('with enableCustomHeader only the Authorization key of the header object is sent', async () => {
    const server = createGmsHandler()
    const t = createGmsV2Transport({
      dataURL: SERVICE_URL,
      enableCustomHeader: true,
      headers: { authorization: 'Bearer y', 'X-Other': 'no' },
      fetch: asFetch(server.handle),
    })
    await started(t)
    expect(server.seen[0]?.headers.get('authorization')).toBe('Bearer y')
    expect(server.seen[0]?.headers.get('x-other')).toBeNull()
  })

  it('without enableCustomHeader the header object is not sent', async () => {
    const server = createGmsHandler()
    const t = createGmsV2Transport({
      dataURL: SERVICE_URL,
      headers: { Authorization: 'x' },
      fetch: asFetch(server.handle),
    })
    await started(t)
    expect(server.seen[0]?.headers.get('authorization')).toBeNull()
    expect(server.seen[0]?.headers.get('apikey')).toBeNull()
  })
})
