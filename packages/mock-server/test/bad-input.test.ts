import { describe, expect, it } from 'vitest'
import { createManualClock, createMockChatServer } from '../src/index.js'
import { GMS, gmsPost, gmsStart, identity, NEXUS, nexus, nexusStart } from './wire.js'

const make = () =>
  createMockChatServer({ scenario: 'silent', clock: createManualClock(0), maxBodyBytes: 1024 * 1024 })

describe('bad input gets the protocol error, never a 500', () => {
  it('GMS: wrong content type → 415; malformed fields → 400 naming the field', async () => {
    const server = make()
    const chat = await gmsStart(server)
    const json = await server.fetch(
      new Request(`${GMS}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"nickname":"x"}',
      }),
    )
    expect(json.status).toBe(415)
    expect(await json.json()).toMatchObject({ statusCode: 2, errors: [{ code: 100 }] })
    const pos = await gmsPost(server, `/${chat.chatId}/refresh`, [
      ...identity(chat),
      ['transcriptPosition', 'abc'],
    ])
    expect(pos.status).toBe(400)
    expect(pos.body.errors?.[0]?.advice).toMatch(/transcriptPosition|integer/)
    const attrs = await gmsPost(server, `/${chat.chatId}/send`, [
      ...identity(chat),
      ['message', 'x'],
      ['eventAttributes', '{bad'],
    ])
    expect(attrs.status).toBe(400)
    const get = await server.fetch(new Request(`${GMS}/${chat.chatId}/refresh`))
    expect(get.status).toBe(405)
  })

  it('GMS: oversized message → code 204; oversized body → 413; unknown operation → 404 JSON', async () => {
    const server = make()
    const chat = await gmsStart(server)
    const long = await gmsPost(server, `/${chat.chatId}/send`, [
      ...identity(chat),
      ['message', 'x'.repeat(20_000)],
    ])
    expect(long.status).toBe(400)
    expect(long.body.errors?.[0]?.code).toBe(204)
    const huge = 'a'.repeat(2 * 1024 * 1024)
    const big = await server.fetch(
      new Request(`${GMS}/${chat.chatId}/send`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(huge.length + 8),
        },
        body: `message=${huge}`,
      }),
    )
    expect(big.status).toBe(413)
    expect(await big.json()).toMatchObject({ statusCode: 2 })
    const unknown = await gmsPost(server, `/${chat.chatId}/teleport`, identity(chat))
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors?.length).toBe(1)
  })

  it('GMS files: limits notice, size/type/count limits, download attempts', async () => {
    const server = createMockChatServer({
      scenario: {
        name: 'f',
        agents: [],
        fileLimits: { maxFileSize: 10, maxFiles: 2, downloadAttempts: 1, fileTypes: ['txt'] },
      },
      clock: createManualClock(0),
    })
    const chat = await gmsStart(server)
    const upload = async (name: string, content: string) => {
      const fd = new FormData()
      fd.append('file', new Blob([content], { type: 'text/plain' }), name)
      for (const [k, v] of identity(chat)) fd.append(k, v)
      const res = await server.fetch(new Request(`${GMS}/${chat.chatId}/file`, { method: 'POST', body: fd }))
      return {
        status: res.status,
        body: (await res.json()) as { userData?: Record<string, string>; errors?: { code: string }[] },
      }
    }
    const limitsForm = new FormData()
    for (const [k, v] of identity(chat)) limitsForm.append(k, v)
    const limits = (await (
      await server.fetch(
        new Request(`${GMS}/${chat.chatId}/file/limits`, { method: 'POST', body: limitsForm }),
      )
    ).json()) as {
      messages: { type: string; text: string; index?: number; userData: Record<string, string> }[]
    }
    expect(limits.messages[0]).toMatchObject({
      type: 'Notice',
      text: 'file-client-cfg-get',
      userData: { 'upload-max-file-size': '10', 'upload-file-types': 'txt', 'upload-max-files': '2' },
    })
    expect(limits.messages[0]?.index).toBeUndefined()
    expect((await upload('a.exe', 'x')).body.errors?.[0]?.code).toBe('INVALID_FILE_TYPE')
    expect((await upload('a.txt', 'x'.repeat(11))).body.errors?.[0]?.code).toBe('LIMIT_FILE_SIZE')
    const ok = await upload('a.txt', 'hello')
    expect(ok.status).toBe(200)
    await upload('b.txt', 'again')
    expect((await upload('c.txt', 'third')).body.errors?.[0]?.code).toBe('LIMIT_FILE_COUNT')
    const fileId = ok.body.userData?.['file-id'] ?? ''
    const dl = await server.fetch(
      new Request(`${GMS}/${chat.chatId}/file/${fileId}/download`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(identity(chat)).toString(),
      }),
    )
    expect(dl.status).toBe(200)
    expect(dl.headers.get('content-disposition')).toContain('a.txt')
    expect(await dl.text()).toBe('hello')
    const again = await gmsPost(server, `/${chat.chatId}/file/${fileId}/download`, identity(chat))
    expect(again.body.errors?.[0]?.code).toBe('DOWNLOAD_LIMIT')
  })

  it('v3: bad count/index, bad data, unknown paths and methods → {status:{code,message}}', async () => {
    const server = make()
    const s = await nexusStart(server)
    for (const q of ['count=-1', 'count=abc', 'index=zzz']) {
      const r = await nexus(server, 'GET', `/${s.sessionId}/messages?${q}`, { token: s.token })
      expect(r.status, q).toBe(400)
      expect(r.body.status?.code, q).toBe('INVALID_REQUEST')
    }
    const long = await nexus(server, 'POST', `/${s.sessionId}/messages`, {
      token: s.token,
      body: [
        ['data[type]', 'Text'],
        ['data[text]', 'x'.repeat(20_000)],
      ],
    })
    expect(long.status).toBe(400)
    const nested = await nexus(server, 'POST', `/${s.sessionId}/messages`, {
      token: s.token,
      body: [['data[text][a]', 'x']],
    })
    expect(nested.status).toBe(400)
    expect((await nexus(server, 'PATCH', `/${s.sessionId}/messages`, { token: s.token })).status).toBe(405)
    const unknown = await server.fetch(new Request(`${NEXUS}/${s.sessionId}/teleport`))
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({ status: { code: expect.any(String) } })
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('pre-flights on any path, query included, answer 204 with the allowed headers', async () => {
    const server = make()
    const res = await server.fetch(
      new Request(`${NEXUS}/x/messages?operationId=1`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://site.test',
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'x-api-key,x-nexus-client-key,x-custom',
        },
      }),
    )
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://site.test')
    expect(res.headers.get('access-control-allow-methods')).toContain('DELETE')
    expect(res.headers.get('access-control-allow-headers')).toMatch(/apikey.*x-nexus-client-key.*x-custom/)
    const simple = await gmsPost(server, '/', [['nickname', 'x']])
    expect(simple.status).toBe(200)
  })

  it('admin API: bad bodies name the problem; unknown sessions are 404', async () => {
    const server = make()
    const bad = await server.fetch(
      new Request('http://mock.test/admin/faults', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: '{"dropRate":7}',
      }),
    )
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('dropRate')
    const notJson = await server.fetch(
      new Request('http://mock.test/admin/sessions/x/say', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      }),
    )
    expect(notJson.status).toBe(400)
    const missing = await server.fetch(
      new Request('http://mock.test/admin/sessions/nope/say', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"text":"x"}',
      }),
    )
    expect(missing.status).toBe(404)
  })
})

describe('CORS scope', () => {
  it('the admin API sends no CORS headers, so other sites cannot read or drive it', async () => {
    const server = make()
    const pre = await server.fetch(
      new Request('http://mock.test/admin/sessions', {
        method: 'OPTIONS',
        headers: { origin: 'http://evil.test', 'access-control-request-method': 'POST' },
      }),
    )
    expect(pre.headers.get('access-control-allow-origin')).toBeNull()
    const list = await server.fetch(
      new Request('http://mock.test/admin/sessions', { headers: { origin: 'http://evil.test' } }),
    )
    expect(list.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('refuses cross-site and non-JSON admin writes, leaving the server state unchanged', async () => {
    const server = make()
    const chat = await gmsStart(server)
    server.admin.join(chat.chatId, { name: 'Ava' })
    const before = server.admin.session(chat.chatId)
    const post = (path: string, headers: Record<string, string>, body = '{"text":"pwned"}') =>
      server.fetch(new Request(`http://mock.test/admin/${path}`, { method: 'POST', headers, body }))
    // what a form or a no-cors fetch on another site can send without a preflight
    const crossSite = await post(`sessions/${chat.chatId}/say`, {
      'content-type': 'text/plain;charset=UTF-8',
      'sec-fetch-site': 'cross-site',
      origin: 'http://evil.test',
    })
    expect(crossSite.status).toBe(403)
    expect(crossSite.headers.get('access-control-allow-origin')).toBeNull()
    const plain = await post(`sessions/${chat.chatId}/end`, { 'content-type': 'text/plain' }, '')
    expect(plain.status).toBe(415)
    const noType = await post('offline', {}, '')
    expect(noType.status).toBe(415)
    const crossJson = await post(`sessions/${chat.chatId}/end`, {
      'content-type': 'application/json',
      'sec-fetch-site': 'cross-site',
    })
    expect(crossJson.status).toBe(403)
    expect(server.admin.session(chat.chatId)).toEqual(before)
    expect(server.admin.offline).toBe(false)
    const ok = await post(`sessions/${chat.chatId}/end`, {
      'content-type': 'application/json',
      'sec-fetch-site': 'same-origin',
    })
    expect(ok.status).toBe(200)
  })
})
