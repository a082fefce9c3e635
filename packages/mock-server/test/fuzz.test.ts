import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createManualClock, createMockChatServer } from '../src/index.js'
import { gmsStart, nexusStart, refresh, send } from './wire.js'

/** ≥ 5,000 generated HTTP requests against the whole surface: never a 500, never a throw, never pollution. */
describe('HTTP fuzz (fast-check)', () => {
  it('answers every generated request with a non-5xx reply and keeps serving', async () => {
    const server = createMockChatServer({ scenario: 'echo', clock: createManualClock(0) })
    const gms = await gmsStart(server)
    const v3 = await nexusStart(server)
    const word = fc.oneof(
      fc.constantFrom(
        '',
        'refresh',
        'send',
        'file',
        'limits',
        'download',
        'messages',
        'images',
        'userdata',
        'participants',
        'sessions',
        'say',
        'join',
        'faults',
        '__proto__',
        'constructor',
        '%',
        '%zz',
        '..',
        'undefined',
        gms.chatId,
        v3.sessionId,
        v3.participantId,
      ),
      fc.string({ maxLength: 12 }),
    )
    const prefix = fc.constantFrom(
      '/genesys/2/chat/customer-support',
      '/genesys/2/chat/other',
      '/genesys/2/chat',
      '/nexus/v3/chat/sessions',
      '/nexus/v3/chat',
      '/admin',
      '',
      '/demo',
    )
    const path = fc
      .tuple(prefix, fc.array(word, { maxLength: 5 }))
      .map(([p, w]) => `${p}/${w.map(encodeURIComponent).join('/')}`)
    const key = fc.oneof(
      fc.constantFrom(
        'alias',
        'secureKey',
        'userId',
        'message',
        'transcriptPosition',
        'nickname',
        'text',
        'userData[a]',
        'userData[__proto__][x]',
        'userData[constructor][prototype][polluted]',
        'data[type]',
        'data[text]',
        'data[userData][__proto__]',
        'data',
        'data[]',
        'operationId',
        'eventAttributes',
        'pushUrl',
        'userData[a][b][c]',
        'userData][',
      ),
      fc.string({ maxLength: 10 }),
    )
    const value = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        gms.secureKey,
        gms.userId,
        gms.alias,
        v3.token,
        '{"a":1}',
        '{bad',
        '-1',
        '1e9',
        '99999999999999999999',
        'x'.repeat(20_000),
      ),
    )
    const formBody = fc
      .array(fc.tuple(key, value), { maxLength: 8 })
      .map((f) => new URLSearchParams(f).toString())
    const body = fc.oneof(
      formBody,
      fc.string({ maxLength: 200 }),
      fc.constantFrom(
        '',
        '{"text":1}',
        '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc\r\n--x--',
        '\u0000\uffff',
      ),
    )
    const contentType = fc.constantFrom(
      'application/x-www-form-urlencoded',
      'application/x-www-form-urlencoded; charset=UTF-8',
      'multipart/form-data; boundary=x',
      'multipart/form-data',
      'application/json',
      'text/plain',
      undefined,
    )
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD')
    const headers = fc.record(
      {
        apikey: fc.string({ maxLength: 8 }),
        xNexus: fc.constantFrom(v3.token, 'a.b.c', '', v3.token.slice(0, -2)),
        query: fc.constantFrom('', '?index=1-1', '?count=x', '?count=3&index=0-0', '?operationId=q'),
      },
      { requiredKeys: ['query'] },
    )
    let requests = 0
    await fc.assert(
      fc.asyncProperty(method, path, body, contentType, headers, async (m, p, b, ct, h) => {
        const init: RequestInit & { headers: Record<string, string> } = { method: m, headers: {} }
        if (ct !== undefined) init.headers['content-type'] = ct
        if (h.apikey !== undefined) init.headers.apikey = h.apikey
        if (h.xNexus !== undefined) init.headers['x-nexus-client-key'] = h.xNexus
        if (m !== 'GET' && m !== 'HEAD') init.body = b
        requests++
        const res = await server.fetch(new Request(`http://mock.test${p}${h.query}`, init))
        expect(res.status, `${m} ${p}`).toBeLessThan(500)
        const type = res.headers.get('content-type') ?? ''
        const text = await res.text()
        if (type.startsWith('application/json')) expect(() => JSON.parse(text)).not.toThrow()
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: 5000, seed: 20261125 },
    )
    expect(requests).toBeGreaterThanOrEqual(5000)
    expect(Object.prototype).not.toHaveProperty('polluted')
    // still serves: both protocols, the earlier sessions included
    expect((await send(server, gms, 'after the fuzz')).body.statusCode).toBe(0)
    const r = await refresh(server, gms)
    expect(r.body.messages?.some((m) => m.text === 'after the fuzz')).toBe(true)
    expect((await nexusStart(server)).token).toMatch(/^ey/)
  }, 60_000)
})
