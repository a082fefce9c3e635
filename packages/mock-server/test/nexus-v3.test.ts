import { describe, expect, it } from 'vitest'
import { createManualClock, createMockChatServer } from '../src/index.js'
import { type Json, nexus, nexusStart, tokenPayload, type WireEvent } from './wire.js'

const silent = (longPollMs?: number) =>
  createMockChatServer({
    scenario: longPollMs === undefined ? 'silent' : { name: 'lp', agents: [], longPollMs },
    clock: createManualClock(1_700_000_000_000),
  })

const texts = (body: Json) => (body.data?.messages ?? []).map((m: WireEvent) => [m.type, m.text ?? null])

describe('PureEngage v3', () => {
  it('start returns an HS256 client token the widget can decode; polls deliver what is new', async () => {
    const server = silent()
    const s = await nexusStart(server)
    expect(JSON.parse(atob(s.token.split('.')[0] as string))).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(Object.keys(tokenPayload(s.token)).sort()).toEqual(['participantId', 'sessionId', 'transportId'])
    const first = await nexus(server, 'GET', `/${s.sessionId}/messages?operationId=x`, { token: s.token })
    expect(first.status).toBe(200)
    expect(first.body.data?.chatEnded).toBe(false)
    expect(first.body.data?.messages).toEqual([
      {
        index: '1700000000000-0',
        type: 'ParticipantJoined',
        utcTime: 1_700_000_000_000,
        from: { nickname: 'Nora', type: 'Customer', participantId: s.participantId },
      },
    ])
    const sent = await nexus(server, 'POST', `/${s.sessionId}/messages`, {
      token: s.token,
      body: [
        ['operationId', 'op'],
        ['data[type]', 'Text'],
        ['data[text]', 'hi there'],
      ],
    })
    expect(sent.body).toMatchObject({ chatEnded: false })
    const next = await nexus(server, 'GET', `/${s.sessionId}/messages?operationId=y`, { token: s.token })
    expect(texts(next.body)).toEqual([['Text', 'hi there']])
    expect(
      (await nexus(server, 'GET', `/${s.sessionId}/messages`, { token: s.token })).body.data?.messages,
    ).toEqual([])
  })

  it('pages history with index/count as pureengage-v3.md §9 requires', async () => {
    const server = silent()
    const s = await nexusStart(server)
    for (let i = 1; i <= 5; i++) {
      await nexus(server, 'POST', `/${s.sessionId}/messages`, {
        token: s.token,
        body: [
          ['data[type]', 'Text'],
          ['data[text]', `m${i}`],
        ],
      })
    }
    const newest = await nexus(server, 'GET', `/${s.sessionId}/messages?count=2`, { token: s.token })
    expect(texts(newest.body)).toEqual([
      ['Text', 'm4'],
      ['Text', 'm5'],
    ])
    const anchor = newest.body.data?.messages?.[0]?.index as string
    const older = await nexus(server, 'GET', `/${s.sessionId}/messages?index=${anchor}&count=2`, {
      token: s.token,
    })
    expect(texts(older.body)).toEqual([
      ['Text', 'm3'],
      ['Text', 'm4'],
    ])
    const firstIndex = '1700000000000-0'
    const last = await nexus(server, 'GET', `/${s.sessionId}/messages?index=${firstIndex}&count=20`, {
      token: s.token,
    })
    expect((last.body.data?.messages ?? []).map((m: WireEvent) => m.index)).toEqual([firstIndex])
    const forward = await nexus(server, 'GET', `/${s.sessionId}/messages?index=${anchor}`, { token: s.token })
    expect(texts(forward.body)).toEqual([
      ['Text', 'm4'],
      ['Text', 'm5'],
    ])
  })

  it('an index anchor before the first event (`<ms>-0`) returns every event from the start', async () => {
    const server = silent()
    const s = await nexusStart(server)
    for (const text of ['m1', 'm2']) {
      await nexus(server, 'POST', `/${s.sessionId}/messages`, {
        token: s.token,
        body: [
          ['data[type]', 'Text'],
          ['data[text]', text],
        ],
      })
    }
    const r = await nexus(server, 'GET', `/${s.sessionId}/messages?index=1700000000000-0`, { token: s.token })
    expect(texts(r.body)).toEqual([
      ['ParticipantJoined', null],
      ['Text', 'm1'],
      ['Text', 'm2'],
    ])
  })

  it('authorises before injecting faults: a bad token gets 401, an unknown session 404, never a 5xx', async () => {
    const server = silent()
    const s = await nexusStart(server)
    server.admin.setFaults({ http5xxRate: 1 })
    const forged = await nexus(server, 'GET', `/${s.sessionId}/messages`, { token: `${s.token}x` })
    expect(forged.status).toBe(401)
    expect(forged.body.status?.code).toBe('AUTHENTICATION_REQUIRED')
    const unknown = await nexus(server, 'GET', '/no-such-session/messages', { token: s.token })
    expect(unknown.body.status?.code).toBe('INVALID_SESSION')
    const real = await nexus(server, 'GET', `/${s.sessionId}/messages`, { token: s.token })
    expect(real.status).toBe(503)
  })

  it('long-polls on the injected clock until an event arrives', async () => {
    const clock = createManualClock(0)
    const server = createMockChatServer({ scenario: { name: 'lp', agents: [], longPollMs: 25_000 }, clock })
    const s = await nexusStart(server)
    await nexus(server, 'GET', `/${s.sessionId}/messages`, { token: s.token })
    let done = false
    const pending = nexus(server, 'GET', `/${s.sessionId}/messages`, { token: s.token }).then((r) => {
      done = true
      return r
    })
    await clock.advanceAsync(1000)
    expect(done).toBe(false)
    server.admin.join(s.sessionId, { name: 'Ava' })
    const r = await pending
    expect(texts(r.body)).toEqual([['ParticipantJoined', null]])
  })

  it('DELETE participants ends the session; the undefined DELETE gets 404 INVALID_SESSION', async () => {
    const server = silent()
    const s = await nexusStart(server)
    const del = await nexus(server, 'DELETE', `/${s.sessionId}/participants/${s.participantId}`, {
      token: s.token,
      body: [['operationId', 'z']],
    })
    expect(del.status).toBe(200)
    const after = await nexus(server, 'GET', `/${s.sessionId}/messages`, { token: s.token })
    expect(after.body.data?.chatEnded).toBe(true)
    const undef = await nexus(server, 'DELETE', '/undefined/participants/undefined', {
      body: [['operationId', 'z']],
    })
    expect(undef).toEqual({
      status: 404,
      body: { status: { code: 'INVALID_SESSION', message: expect.any(String) } },
    })
  })

  it('accepts a start with no name at all, and PUT userdata merges', async () => {
    const server = silent()
    const r = await nexus(server, 'POST', '', {
      body: [
        ['data[endpoint]', 'x'],
        ['data[userData][a]', '1'],
        ['operationId', 'o'],
      ],
    })
    expect(r.status).toBe(200)
    const token = r.body.data?.clientToken ?? ''
    const { sessionId } = tokenPayload(token)
    const put = await nexus(server, 'PUT', `/${sessionId}/userdata`, {
      token,
      body: [
        ['data[b]', '2'],
        ['operationId', 'o'],
      ],
    })
    expect(put.body.data?.userData).toEqual({ a: '1', b: '2' })
  })

  it('resume (POST with x-nexus-client-key) mints a new transport that starts at the newest event', async () => {
    const server = silent()
    const s = await nexusStart(server)
    const r = await nexus(server, 'POST', '', {
      token: s.token,
      body: [
        ['data[endpoint]', 'demo'],
        ['operationId', 'o'],
      ],
    })
    expect(r.status).toBe(200)
    const again = tokenPayload(r.body.data?.clientToken ?? '')
    expect(again.sessionId).toBe(s.sessionId)
    expect(again.participantId).toBe(s.participantId)
    expect(again.transportId).not.toBe(s.transportId)
    const poll = await nexus(server, 'GET', `/${s.sessionId}/messages`, {
      token: r.body.data?.clientToken ?? '',
    })
    expect(poll.body.data?.messages).toEqual([])
  })

  it('a start carrying a token that does not verify starts afresh when it has a name, else 401', async () => {
    const other = createMockChatServer({ scenario: 'silent', tokenSecret: 'another-secret-'.repeat(4) })
    const foreign = await nexusStart(other)
    const server = silent()
    const named = await nexus(server, 'POST', '', {
      token: foreign.token,
      body: [
        ['data[nickname]', 'Nora'],
        ['operationId', 'o'],
      ],
    })
    expect(named.status).toBe(200)
    const fresh = tokenPayload(named.body.data?.clientToken ?? '')
    expect(fresh.sessionId).not.toBe(foreign.sessionId)
    expect(server.admin.sessions()).toHaveLength(1)
    const bare = await nexus(server, 'POST', '', {
      token: foreign.token,
      body: [
        ['data[endpoint]', 'demo'],
        ['operationId', 'o'],
      ],
    })
    expect(bare.status).toBe(401)
    expect(bare.body.status?.code).toBe('AUTHENTICATION_REQUIRED')
  })

  it('uploads an image and serves it back; refuses other types', async () => {
    const server = silent()
    const s = await nexusStart(server)
    const fd = new FormData()
    fd.append('file', new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }), 'a.png')
    fd.append('operationId', 'o')
    const up = await server.fetch(
      new Request(`http://mock.test/nexus/v3/chat/sessions/${s.sessionId}/images`, {
        method: 'POST',
        body: fd,
        headers: { 'x-nexus-client-key': s.token },
      }),
    )
    expect(up.status).toBe(200)
    const poll = await nexus(server, 'GET', `/${s.sessionId}/messages`, { token: s.token })
    const content = poll.body.data?.messages?.at(-1)?.content?.[0]
    expect(content).toMatchObject({ type: 'image', mime: 'image/png' })
    const img = await server.fetch(
      new Request(`http://mock.test/nexus/v3/chat${content?.url}`, {
        headers: { 'x-nexus-client-key': s.token },
      }),
    )
    expect(new Uint8Array(await img.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]))
    const bad = new FormData()
    bad.append('file', new Blob(['x'], { type: 'text/plain' }), 'a.txt')
    const refused = await server.fetch(
      new Request(`http://mock.test/nexus/v3/chat/sessions/${s.sessionId}/images`, {
        method: 'POST',
        body: bad,
        headers: { 'x-nexus-client-key': s.token },
      }),
    )
    expect(refused.status).toBe(400)
    expect(await refused.json()).toMatchObject({ status: { code: 'INVALID_FILE_TYPE' } })
  })
})
