import { encodeBase64Url } from '@chatwire/codec-nexus-v3'
import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { createManualClock, createMockChatServer } from '../src/index.js'
import {
  type GmsChat,
  gmsPost,
  gmsStart,
  identity,
  type Json,
  nexus,
  nexusStart,
  refresh,
  send,
  tokenPayload,
} from './wire.js'

const make = (apiKey?: string) =>
  createMockChatServer({
    scenario: 'silent',
    clock: createManualClock(1_700_000_000_000),
    tokenSecret: 'test-secret-0123456789',
    ...(apiKey === undefined ? {} : { apiKey }),
  })

/** Nothing of a session appears in a reply: ids, secrets, names, texts. */
function expectNoLeak(body: Json, secrets: readonly string[]) {
  const text = JSON.stringify(body)
  for (const s of secrets) expect(text).not.toContain(s)
  expect(body.messages).toBeUndefined()
  expect(body.data).toBeUndefined()
}

async function twoGmsChats(server: ReturnType<typeof make>, headers: Record<string, string> = {}) {
  const a = await gmsStart(server, 'Alice', headers)
  const b = await gmsStart(server, 'Bob', headers)
  await gmsPost(server, `/${a.chatId}/send`, [...identity(a), ['message', 'alice-secret-text']], headers)
  const secretsOf = (c: GmsChat) => [c.secureKey, c.userId]
  return { a, b, secrets: [...secretsOf(a), ...secretsOf(b), 'alice-secret-text', 'Alice'] }
}

describe('GMS v2 session isolation', () => {
  it("refuses another session's secureKey, userId or alias, and forged keys, without leaking", async () => {
    const server = make()
    const { a, b, secrets } = await twoGmsChats(server)
    const attempts: [string, [string, string][]][] = [
      [
        'secureKey of B',
        [
          ['alias', a.alias],
          ['secureKey', b.secureKey],
          ['userId', a.userId],
        ],
      ],
      [
        'userId of B',
        [
          ['alias', a.alias],
          ['secureKey', a.secureKey],
          ['userId', b.userId],
        ],
      ],
      [
        'alias of B',
        [
          ['alias', b.alias],
          ['secureKey', a.secureKey],
          ['userId', a.userId],
        ],
      ],
      [
        'forged key',
        [
          ['alias', ''],
          ['secureKey', '0123456789abcdef'],
          ['userId', ''],
        ],
      ],
      [
        'empty key',
        [
          ['alias', ''],
          ['secureKey', ''],
          ['userId', ''],
        ],
      ],
    ]
    for (const [label, id] of attempts) {
      const r = await gmsPost(server, `/${a.chatId}/refresh`, [
        ...id,
        ['transcriptPosition', '1'],
        ['message', ''],
      ])
      expect(r.status, label).toBe(403)
      expect(r.body.statusCode, label).toBe(2)
      expect(r.body.errors?.length, label).toBe(1)
      expectNoLeak(r.body, secrets)
      const w = await gmsPost(server, `/${a.chatId}/send`, [...id, ['message', 'injected']])
      expect(w.status, label).toBe(403)
      const d = await gmsPost(server, `/${a.chatId}/disconnect`, id)
      expect(d.status, label).toBe(403)
    }
    const detail = server.admin.session(a.chatId)
    expect(detail.ok && detail.value.ended).toBe(false)
    expect(detail.ok && detail.value.transcript.map((e) => e.text).filter(Boolean)).toEqual([
      'alice-secret-text',
    ])
  })

  it('refuses an unknown chatId and a v3 session id on the GMS path', async () => {
    const server = make()
    const { a } = await twoGmsChats(server)
    const v3 = await nexusStart(server)
    for (const chatId of ['0000000000000000', v3.sessionId]) {
      const r = await gmsPost(server, `/${chatId}/refresh`, [...identity(a), ['transcriptPosition', '1']])
      expect(r.status).toBe(404)
      expect(r.body.errors?.[0]?.code).toBe(8201)
    }
  })

  it("refuses downloading another session's file", async () => {
    const server = make()
    const { a, b } = await twoGmsChats(server)
    const fd = new FormData()
    fd.append('alias', a.alias)
    fd.append('userId', a.userId)
    fd.append('secureKey', a.secureKey)
    fd.append('file', new Blob(['alice file'], { type: 'text/plain' }), 'a.txt')
    const up = await server.fetch(
      new Request(`http://mock.test/genesys/2/chat/customer-support/${a.chatId}/file`, {
        method: 'POST',
        body: fd,
      }),
    )
    const fileId = ((await up.json()) as Json).userData?.['file-id']
    expect(fileId).toBeTypeOf('string')
    const steal = await gmsPost(server, `/${a.chatId}/file/${fileId}/download`, identity(b))
    expect(steal.status).toBe(403)
    const viaB = await gmsPost(server, `/${b.chatId}/file/${fileId}/download`, identity(b))
    expect(viaB.status).toBe(404)
  })

  it('checks the apikey header when configured (but not on the download form)', async () => {
    const server = make('k-123')
    const ok = await gmsStart(server, 'Carla', { apikey: 'k-123' })
    for (const headers of [{}, { apikey: 'wrong' }, { 'x-api-key': 'k-123' }]) {
      const start = await gmsPost(server, '/', [['nickname', 'x']], headers)
      expect(start.status).toBe(401)
      expect(start.body.errors?.[0]?.advice).toMatch(/apikey/)
      const r = await refresh(server, ok, 1, headers)
      expect(r.status).toBe(401)
      expectNoLeak(r.body, [ok.secureKey, ok.userId])
    }
    expect((await refresh(server, ok, 1, { apikey: 'k-123' })).status).toBe(200)
  })
})

describe('v3 session isolation', () => {
  const sign = (payload: object, secret: string) =>
    new SignJWT({ ...payload })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(new TextEncoder().encode(secret))

  it("refuses another session's token, tampered, forged and unsigned tokens", async () => {
    const server = make()
    const a = await nexusStart(server, 'Alice')
    const b = await nexusStart(server, 'Bob')
    await nexus(server, 'POST', `/${a.sessionId}/messages`, {
      token: a.token,
      body: [
        ['data[type]', 'Text'],
        ['data[text]', 'alice-secret-text'],
      ],
    })
    const [h, , sig] = b.token.split('.')
    const tampered = `${h}.${encodeBase64Url(JSON.stringify({ sessionId: a.sessionId, transportId: a.transportId, participantId: a.participantId }))}.${sig}`
    const forged = await sign(
      { sessionId: a.sessionId, transportId: a.transportId, participantId: a.participantId },
      'guessed-secret',
    )
    const unsigned = `${encodeBase64Url('{"alg":"none","typ":"JWT"}')}.${encodeBase64Url(JSON.stringify({ sessionId: a.sessionId, transportId: a.transportId, participantId: a.participantId }))}.`
    const secrets = [a.token, a.participantId, a.transportId, 'alice-secret-text', 'Alice']
    for (const [label, token] of [
      ['token of B', b.token],
      ['tampered', tampered],
      ['forged', forged],
      ['alg none', unsigned],
      ['garbage', 'x.y.z'],
    ] as const) {
      const r = await nexus(server, 'GET', `/${a.sessionId}/messages`, { token })
      expect(r.status, label).toBe(401)
      expect(r.body.status?.code, label).toBe('AUTHENTICATION_REQUIRED')
      expectNoLeak(r.body, secrets)
      const w = await nexus(server, 'POST', `/${a.sessionId}/messages`, {
        token,
        body: [
          ['data[type]', 'Text'],
          ['data[text]', 'x'],
        ],
      })
      expect(w.status, label).toBe(401)
      const del = await nexus(server, 'DELETE', `/${a.sessionId}/participants/${a.participantId}`, {
        token,
        body: [['operationId', 'o']],
      })
      expect(del.status, label).toBe(401)
      const resume = await nexus(server, 'POST', '', { token, body: [['operationId', 'o']] })
      // a resume with B's token resumes B, never A; every other token is refused
      if (label === 'token of B')
        expect(tokenPayload(resume.body.data?.clientToken ?? '').sessionId).toBe(b.sessionId)
      else expect(resume.status, label).toBe(401)
    }
    const none = await nexus(server, 'GET', `/${a.sessionId}/messages`)
    expect(none.status).toBe(401)
    // B's own participant id on A's path with A's token is refused too
    const wrongParticipant = await nexus(
      server,
      'DELETE',
      `/${a.sessionId}/participants/${b.participantId}`,
      { token: a.token, body: [['operationId', 'o']] },
    )
    expect(wrongParticipant.status).toBe(401)
    const detail = server.admin.session(a.sessionId)
    expect(detail.ok && detail.value.ended).toBe(false)
    expect(
      detail.ok && detail.value.transcript.filter((e) => e.type === 'Message').map((e) => e.text),
    ).toEqual(['alice-secret-text'])
  })

  it('a token signed by this server for another session cannot read it; a GMS chat id is not a v3 session', async () => {
    const server = make()
    const a = await nexusStart(server, 'Alice')
    const b = await nexusStart(server, 'Bob')
    const crossed = await sign(
      { sessionId: a.sessionId, transportId: b.transportId, participantId: b.participantId },
      'test-secret-0123456789',
    )
    expect((await nexus(server, 'GET', `/${a.sessionId}/messages`, { token: crossed })).status).toBe(401)
    const g = await gmsStart(server)
    expect((await nexus(server, 'GET', `/${g.chatId}/messages`, { token: a.token })).status).toBe(404)
  })

  it('checks x-api-key when configured: INVALID_CONTACT_CENTER', async () => {
    const server = make('k-123')
    await expect(nexusStart(server)).rejects.toThrow(/403/)
    const s = await nexusStart(server, 'Nora', { 'x-api-key': 'k-123' })
    const r = await nexus(server, 'GET', `/${s.sessionId}/messages`, {
      token: s.token,
      headers: { 'x-api-key': 'nope' },
    })
    expect(r.status).toBe(403)
    expect(r.body.status?.code).toBe('INVALID_CONTACT_CENTER')
    expectNoLeak(r.body, [s.participantId])
  })

  it("cannot fetch another session's image", async () => {
    const server = make()
    const a = await nexusStart(server, 'Alice')
    const b = await nexusStart(server, 'Bob')
    const fd = new FormData()
    fd.append('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'a.png')
    const up = await server.fetch(
      new Request(`http://mock.test/nexus/v3/chat/sessions/${a.sessionId}/images`, {
        method: 'POST',
        body: fd,
        headers: { 'x-nexus-client-key': a.token },
      }),
    )
    const url = ((await up.json()) as { data: { url: string } }).data.url
    const img = await server.fetch(
      new Request(`http://mock.test/nexus/v3/chat${url}`, { headers: { 'x-nexus-client-key': b.token } }),
    )
    expect(img.status).toBe(401)
  })
})

describe('send to another session changes nothing', () => {
  it('GMS', async () => {
    const server = make()
    const { a, b } = await twoGmsChats(server)
    await gmsPost(server, `/${a.chatId}/send`, [...identity(b), ['message', 'mallory']])
    const r = await refresh(server, a)
    expect(JSON.stringify(r.body)).not.toContain('mallory')
    expect((await send(server, b, 'own')).status).toBe(200)
  })
})
