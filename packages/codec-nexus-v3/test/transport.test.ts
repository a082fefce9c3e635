import type { Batch, FetchLike, SessionData } from '@chatwire/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createNexusV3Transport, downloadAttachment, type NexusV3TransportOptions } from '../src/index.js'
import { createNexusTestServer } from './nexus-test-server.js'

const dataURL = 'https://chat.example/nexus/v3/chat/sessions'

function setup(asyncEnabled = true, now?: () => number) {
  const server = createNexusTestServer(now)
  const calls: Request[] = []
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init)
    calls.push(request.clone())
    return server.handle(request)
  }
  const options: NexusV3TransportOptions = {
    transport: { dataURL, endpoint: 'ep', headers: { 'x-api-key': 'K' }, async: { enabled: asyncEnabled } },
    fetch,
  }
  return { server, calls, transport: createNexusV3Transport(options), options }
}

async function started(t: ReturnType<typeof setup>['transport']): Promise<SessionData> {
  const r = await t.start({ nickname: 'Ann', userData: { a: '1' } })
  if (!r.ok) throw new Error(r.message)
  return r.value.session
}

function value<T>(r: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!r.ok) throw new Error(r.message)
  return r.value
}

afterEach(() => {
  vi.useRealTimers()
})

describe('createNexusV3Transport over an injected handler', () => {
  it('declares the §11 capabilities', () => {
    expect(setup().transport.capabilities).toEqual({
      customNotice: false,
      updateUserDataInSession: true,
      polling: true,
      pollExceptionReset: false,
      fileUpload: true,
      fileDownload: false,
      fileLimits: false,
      history: true,
      async: true,
      offlineEvents: false,
      botEvents: false,
    })
    expect(setup().transport.name).toBe('nexus-v3')
  })

  it('start → session {participantId, sessionId, token, transportId}; poll → events; send → echo; end', async () => {
    const { transport, server, calls } = setup()
    const session = await started(transport)
    expect(Object.keys(session).sort()).toEqual(['participantId', 'sessionId', 'token', 'transportId'])
    expect(calls[0]?.headers.get('x-api-key')).toBe('K')
    expect(calls[0]?.headers.get('x-nexus-client-key')).toBeNull()
    const first = value(await transport.poll(session, undefined))
    expect(first.events.map((e) => [e.type, e.from.type])).toEqual([['ParticipantJoined', 'Client']])
    expect(value(await transport.send(session, { kind: 'message', text: 'hello' })).chatEnded).toBe(false)
    value(await transport.send(session, { kind: 'typingStarted', text: 'he' }))
    const next = value(await transport.poll(session, first.cursor))
    expect(next.events.map((e) => e.text ?? e.type)).toEqual(['ParticipantJoined', 'hello'])
    expect(calls.at(-1)?.url).toContain(`index=${first.cursor}`)
    expect(calls.at(-1)?.headers.get('x-nexus-client-key')).toBe(session.token)
    const ended = value(await transport.send(session, { kind: 'end' }))
    expect(ended.chatEnded).toBe(true)
    expect(server.requests.map((r) => r.operation)).toEqual([
      'start',
      'messages',
      'send',
      'send',
      'messages',
      'leave',
    ])
  })

  it("sends data[type]=Text for a message typed 'text' in any case or untyped; other types as given", async () => {
    const { transport, calls } = setup()
    const session = await started(transport)
    const sentType = async (messageType?: string) => {
      const op = messageType === undefined ? { text: 'x' } : { text: 'x', messageType }
      value(await transport.send(session, { kind: 'message', ...op }))
      return new URLSearchParams(await calls.at(-1)?.text()).get('data[type]')
    }
    expect(await sentType()).toBe('Text')
    expect(await sentType('text')).toBe('Text')
    expect(await sentType('TEXT')).toBe('Text')
    expect(await sentType('')).toBe('Text')
    expect(await sentType('Custom')).toBe('Custom')
  })

  it('updates user data in session and refuses operations v3 does not have', async () => {
    const { transport, server } = setup()
    const session = await started(transport)
    value(await transport.send(session, { kind: 'userData', userData: { b: '2' } }))
    expect({ ...server.sessions.get(String(session.sessionId))?.userData }).toEqual({ a: '1', b: '2' })
    for (const op of [
      { kind: 'customNotice', text: 'x' },
      { kind: 'pushUrl', url: 'u' },
      { kind: 'nickname', nickname: 'n' },
      { kind: 'readReceipt', index: 1 },
    ] as const) {
      expect(await transport.send(session, op)).toMatchObject({
        ok: false,
        kind: 'rejected',
        response: { status: 0 },
      })
    }
  })

  it('restore from the token alone resumes (E2) then reads the newest page (async count)', async () => {
    const { transport, calls } = setup()
    const session = await started(transport)
    for (let i = 0; i < 25; i++) value(await transport.send(session, { kind: 'message', text: `m${i}` }))
    const restored = value(await transport.restore({ token: String(session.token) }))
    expect(restored.events).toHaveLength(20)
    expect(restored.events.at(-1)?.text).toBe('m24')
    expect(restored.session.sessionId).toBe(session.sessionId)
    expect(restored.session.transportId).not.toBe(session.transportId)
    expect(calls.at(-2)?.headers.get('x-nexus-client-key')).toBe(session.token)
    expect(calls.at(-1)?.url).toMatch(/count=20/)
  })

  it('HTTP 401 during restore (E2 resume or the page read) is session-lost; on poll it is not (§7.5, §10)', async () => {
    const { server } = setup()
    let refuse = false
    const body = '{"status":{"code":"AUTHENTICATION_REQUIRED","message":"no"}}'
    const fetch: FetchLike = async (input, init) =>
      refuse
        ? new Response(body, { status: 401, headers: { 'content-type': 'application/json' } })
        : server.handle(new Request(input, init))
    const transport = createNexusV3Transport({ transport: { dataURL, async: { enabled: true } }, fetch })
    const session = await started(transport)
    refuse = true
    const lost = { ok: false, kind: 'session-lost', retryable: false, response: { status: 401 } }
    expect(await transport.restore({ token: String(session.token) })).toMatchObject(lost)
    expect(await transport.restore(session)).toMatchObject(lost)
    const polled = await transport.poll(session, undefined)
    expect(polled).toMatchObject({ ok: false, response: { status: 401 } })
    expect(polled.ok || polled.kind).not.toBe('session-lost')
  })

  it('sync restore reads the whole transcript (count=10000)', async () => {
    const { transport, calls } = setup(false)
    const session = await started(transport)
    value(await transport.restore(session))
    expect(calls.at(-1)?.url).toMatch(/count=10000/)
  })

  it('history pages backwards until the anchor alone comes back (§9)', async () => {
    const { transport } = setup()
    const session = await started(transport)
    for (let i = 0; i < 40; i++) value(await transport.send(session, { kind: 'message', text: `m${i}` }))
    let page = value(await transport.history(session, undefined))
    const seen: Batch['events'][number][] = [...page.events]
    let rounds = 0
    while (page.hasMore && rounds++ < 10) {
      page = value(await transport.history(session, page.cursor))
      seen.unshift(...page.events)
    }
    expect(page.hasMore).toBe(false)
    const unique = [...new Map(seen.map((e) => [e.index, e])).values()]
    expect(unique).toHaveLength(41)
    expect(unique.map((e) => e.index)).toEqual(
      [...unique.map((e) => e.index)].sort((a, b) => Number(a) - Number(b)),
    )
  })

  it('seq of 10+ within a millisecond: numbers order across ms boundaries, cursors stay the raw index', async () => {
    let ms = 1_700_000_000_000
    const { transport, calls } = setup(true, () => ms)
    const session = await started(transport) // '1700000000000-0'
    for (let i = 1; i <= 24; i++) value(await transport.send(session, { kind: 'message', text: `a${i}` }))
    ms++
    for (let i = 0; i < 6; i++) value(await transport.send(session, { kind: 'message', text: `b${i}` }))
    const all = value(await transport.poll(session, undefined))
    const wire = all.events.map((e) => e.wireIndex)
    expect(wire.slice(11, 13)).toEqual(['1700000000000-11', '1700000000000-12'])
    expect(wire.slice(24, 26)).toEqual(['1700000000000-24', '1700000000001-0'])
    const numbers = all.events.map((e) => e.index as number)
    expect(numbers[24]).toBe(1700000000000024)
    expect(numbers[25]).toBe(1700000000001000)
    expect(new Set(numbers).size).toBe(31)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    // poll cursor: the raw index of the last event, sent back verbatim
    expect(all.cursor).toBe('1700000000001-5')
    value(await transport.poll(session, all.cursor))
    expect(new URL(String(calls.at(-1)?.url)).searchParams.get('index')).toBe('1700000000001-5')
    // history cursors: the raw anchor of each page, sent back verbatim
    const first = value(await transport.history(session, undefined))
    expect(first.cursor).toBe('1700000000000-11')
    const older = value(await transport.history(session, first.cursor))
    expect(new URL(String(calls.at(-1)?.url)).searchParams.get('index')).toBe('1700000000000-11')
    expect(older.events.map((e) => e.wireIndex).at(-1)).toBe('1700000000000-11')
    expect(older.events.map((e) => e.text ?? e.type)).toEqual([
      'ParticipantJoined',
      ...Array.from({ length: 11 }, (_, i) => `a${i + 1}`),
    ])
  })

  it('uploads an image (E5) and downloads it back (E6, downloadAttachment); a non-image is rejected', async () => {
    const { transport, options, calls } = setup()
    const session = await started(transport)
    const up = value(
      await transport.uploadFile(
        session,
        new File([new Uint8Array([1, 2, 3])], 'a.png', { type: 'image/png' }),
      ),
    )
    expect(up.fileId).toMatch(/^m-/)
    const events = value(await transport.poll(session, undefined)).events
    const [image] = (events.at(-1)?.content ?? []) as { url: string }[]
    const url = image?.url ?? ''
    const blob = value(await downloadAttachment(options, session, url))
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
    // with the transport's auth headers: its x-api-key and the session's client key
    expect(calls.at(-1)?.headers.get('x-api-key')).toBe('K')
    expect(calls.at(-1)?.headers.get('x-nexus-client-key')).toBe(session.token)
    const bad = await transport.uploadFile(session, new File(['x'], 'a.txt', { type: 'text/plain' }))
    expect(bad).toMatchObject({
      ok: false,
      kind: 'rejected',
      response: { status: 400, responseJSON: { status: { code: 'INVALID_FILE_TYPE' } } },
    })
  })

  it('a session the server does not know is session-lost with the AJAX Response Object', async () => {
    const { transport } = setup()
    const session = await started(transport)
    const other = { ...session, sessionId: 'nope' }
    const r = await transport.poll(other, undefined)
    expect(r).toMatchObject({
      ok: false,
      kind: 'session-lost',
      response: { status: 404, statusText: '', responseJSON: { status: { code: 'INVALID_SESSION' } } },
    })
    if (!r.ok) expect(JSON.parse(r.response.responseText)).toEqual(r.response.responseJSON)
    expect(await transport.send({}, { kind: 'end' })).toMatchObject({ ok: false, kind: 'session-lost' })
  })
})

describe('timeouts, aborts and network failures (virtual time)', () => {
  const never: FetchLike = () => new Promise<Response>(() => {})
  const session = { sessionId: 's', participantId: 'p', transportId: 't', token: 'a.e30.c' }

  it('a call with no reply within ajaxTimeout fails with status 0 / timeout', async () => {
    vi.useFakeTimers()
    const transport = createNexusV3Transport({ transport: { dataURL }, fetch: never, ajaxTimeout: 9000 })
    const pending = transport.send(session, { kind: 'message', text: 'x' })
    await vi.advanceTimersByTimeAsync(8999)
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
      retryable: true,
      response: { status: 0, statusText: 'timeout', responseText: '', responseJSON: undefined },
    })
  })

  it('CallOptions.timeout wins over ajaxTimeout; the poll has no client timeout (§2)', async () => {
    vi.useFakeTimers()
    let release: (r: Response) => void = () => {}
    const slow: FetchLike = () =>
      new Promise<Response>((resolve) => {
        release = resolve
      })
    const transport = createNexusV3Transport({ transport: { dataURL }, fetch: slow })
    const send = transport.send(session, { kind: 'message', text: 'x' }, { timeout: 50 })
    await vi.advanceTimersByTimeAsync(50)
    expect(await send).toMatchObject({ kind: 'timeout' })
    const poll = transport.poll(session, undefined, { timeout: 50 })
    await vi.advanceTimersByTimeAsync(60_000)
    release(new Response('{"data":{"messages":[],"chatEnded":true}}'))
    expect(await poll).toMatchObject({ ok: true, value: { chatEnded: true, events: [] } })
  })

  it('an abort fails with status 0 / abort, before or during the call', async () => {
    const transport = createNexusV3Transport({ transport: { dataURL }, fetch: never })
    const controller = new AbortController()
    const pending = transport.poll(session, undefined, { signal: controller.signal })
    controller.abort()
    expect(await pending).toMatchObject({
      ok: false,
      kind: 'aborted',
      retryable: false,
      response: { status: 0, statusText: 'abort' },
    })
    expect(await transport.poll(session, undefined, { signal: controller.signal })).toMatchObject({
      kind: 'aborted',
    })
  })

  it('a fetch that throws is a network failure with status 0 / error', async () => {
    const transport = createNexusV3Transport({
      transport: { dataURL },
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    })
    expect(await transport.start({ userData: {} })).toMatchObject({
      ok: false,
      kind: 'network',
      retryable: true,
      response: { status: 0, statusText: 'error' },
    })
  })
})
