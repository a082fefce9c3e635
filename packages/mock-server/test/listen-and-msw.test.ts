import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createManualClock, createMockChatServer } from '../src/index.js'

describe('served three ways', () => {
  it('over a real loopback listener (port 0) with real fetch, CORS included', async () => {
    const server = createMockChatServer({ scenario: 'echo', clock: createManualClock(0) })
    const { url, close } = await server.listen({ port: 0 })
    try {
      const res = await fetch(`${url}/genesys/2/chat/customer-support/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://site.test' },
        body: 'alias=&secureKey=&userId=&nickname=Carla&text=hi',
      })
      expect(res.headers.get('access-control-allow-origin')).toBe('http://site.test')
      const body = (await res.json()) as { messages: { text?: string }[] }
      expect(body.messages.map((m) => m.text).filter(Boolean)).toEqual(['hi', 'hi'])
      const chat = body as unknown as { chatId: string; alias: string; secureKey: string; userId: string }
      const fd = new FormData()
      for (const k of ['alias', 'userId', 'secureKey'] as const) fd.append(k, chat[k])
      fd.append('file', new Blob(['over the wire'], { type: 'text/plain' }), 'w.txt')
      const up = await fetch(`${url}/genesys/2/chat/customer-support/${chat.chatId}/file`, {
        method: 'POST',
        body: fd,
      })
      expect(up.status).toBe(200)
      const start = await fetch(`${url}/nexus/v3/chat/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
        body: 'data%5Bnickname%5D=W&operationId=1',
      })
      const token = ((await start.json()) as { data: { clientToken: string; entity: { id: string } } }).data
      const poll = await fetch(`${url}/nexus/v3/chat/sessions/${token.entity.id}/messages?operationId=2`, {
        headers: { 'x-nexus-client-key': token.clientToken },
      })
      expect(((await poll.json()) as { data: { messages: unknown[] } }).data.messages.length).toBeGreaterThan(
        0,
      )
      const page = await fetch(`${url}/`)
      expect(await page.text()).toContain('agent console')
      const tooBig = await fetch(`${url}/genesys/2/chat/customer-support/x/send`, {
        method: 'POST',
        headers: { origin: 'http://site.test' },
        body: 'a'.repeat(33 * 1024 * 1024),
      })
      expect(tooBig.status).toBe(413)
      expect(tooBig.headers.get('access-control-allow-origin')).toBe('http://site.test')
      expect(await tooBig.json()).toMatchObject({
        statusCode: 2,
        errors: [{ advice: 'Request body too large' }],
      })
    } finally {
      await close()
    }
  })

  it('an oversized body over the listener gets the protocol-aware 413 of its path', async () => {
    const server = createMockChatServer({
      scenario: 'silent',
      clock: createManualClock(0),
      maxBodyBytes: 1024,
    })
    const { url, close } = await server.listen({ port: 0 })
    const big = 'a'.repeat(4096)
    try {
      const v3 = await fetch(`${url}/nexus/v3/chat/sessions`, {
        method: 'POST',
        headers: { origin: 'http://site.test', 'content-type': 'application/x-www-form-urlencoded' },
        body: big,
      })
      expect(v3.status).toBe(413)
      expect(v3.headers.get('access-control-allow-origin')).toBe('http://site.test')
      expect(await v3.json()).toEqual({
        status: { code: 'LIMIT_FILE_SIZE', message: 'Request body too large' },
      })
      const admin = await fetch(`${url}/admin/scenario`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: big,
      })
      expect(admin.status).toBe(413)
      expect(await admin.json()).toMatchObject({ error: { code: 'TOO_LARGE' } })
      // a chunked body (no content-length) is measured while read
      const chunked = await fetch(`${url}/nexus/v3/chat/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new Blob([big]).stream(),
        duplex: 'half',
      } as RequestInit)
      expect(chunked.status).toBe(413)
      expect(await chunked.json()).toMatchObject({ status: { code: 'LIMIT_FILE_SIZE' } })
    } finally {
      await close()
    }
  })

  it('a second listener on a taken port fails with one clear line', async () => {
    const a = createMockChatServer({ scenario: 'silent' })
    const first = await a.listen({ port: 0 })
    const port = Number(new URL(first.url).port)
    await expect(createMockChatServer({ scenario: 'silent' }).listen({ port })).rejects.toThrow(
      `port ${port} is already in use`,
    )
    await first.close()
  })

  it('a dropped reply is a network error for fetch over the listener; close() clears the timers', async () => {
    const clock = createManualClock(0)
    const server = createMockChatServer({ scenario: 'demo', clock })
    server.admin.failNext(undefined, 1, 'drop')
    const { url, close } = await server.listen({ port: 0 })
    try {
      await expect(
        fetch(`${url}/genesys/2/chat/customer-support`, {
          method: 'POST',
          body: 'nickname=x',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      ).rejects.toThrow()
      expect(server.admin.sessions()).toHaveLength(1) // processed, only the reply was lost
      expect(clock.pending()).toBeGreaterThan(0) // the demo's agents are scheduled
    } finally {
      await close()
    }
    expect(clock.pending()).toBe(0)
  })

  describe('msw handlers intercepting global fetch', () => {
    const mock = createMockChatServer({ scenario: 'echo', clock: createManualClock(0) })
    const msw = setupServer(...mock.mswHandlers('https://chat.example.com'))
    beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }))
    afterAll(() => msw.close())

    it('routes GMS and v3 requests to the mock', async () => {
      const res = await fetch('https://chat.example.com/genesys/2/chat/customer-support', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'nickname=Mia&text=yo',
      })
      expect(res.status).toBe(200)
      expect(((await res.json()) as { messages: unknown[] }).messages).toHaveLength(4)
      const v3 = await fetch('https://chat.example.com/nexus/v3/chat/sessions', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
        body: 'data%5Bnickname%5D=Mia&operationId=1',
      })
      expect(((await v3.json()) as { data: { clientToken: string } }).data.clientToken).toMatch(/^ey/)
    })

    it('turns a dropped reply into a network error', async () => {
      mock.admin.failNext(undefined, 1, 'drop')
      const init = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'nickname=x',
      }
      await expect(fetch('https://chat.example.com/genesys/2/chat/customer-support', init)).rejects.toThrow()
      expect((await fetch('https://chat.example.com/genesys/2/chat/customer-support', init)).status).toBe(200)
    })
  })
})
