import { describe, expect, it } from 'vitest'
import {
  createManualClock,
  createMockChatServer,
  type SessionDetail,
  type SessionSummary,
} from '../src/index.js'
import { gmsStart, refresh, type WireEvent } from './wire.js'

const admin = async (
  server: ReturnType<typeof createMockChatServer>,
  method: string,
  path: string,
  body?: unknown,
) => {
  const res = await server.fetch(
    new Request(`http://mock.test/admin/${path}`, {
      method,
      headers: method === 'GET' ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  )
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & unknown[] }
}

describe('admin HTTP API', () => {
  it('lists sessions and drives an agent: join, type, say, push URL, notice, file, leave, end', async () => {
    const server = createMockChatServer({ scenario: 'silent', clock: createManualClock(0) })
    const chat = await gmsStart(server)
    const list = (await admin(server, 'GET', 'sessions')).body as unknown as SessionSummary[]
    expect(list.map((s) => [s.id, s.protocol, s.clientName])).toEqual([[chat.chatId, 'gms-v2', 'Carla']])
    expect((await admin(server, 'POST', `sessions/${chat.chatId}/say`, { text: 'x' })).status).toBe(409)
    expect((await admin(server, 'POST', `sessions/${chat.chatId}/join`, { name: 'Ava' })).body).toMatchObject(
      { name: 'Ava', participantId: 2 },
    )
    await admin(server, 'POST', `sessions/${chat.chatId}/type`, { typing: true })
    await admin(server, 'POST', `sessions/${chat.chatId}/say`, { text: 'Hello from Ava' })
    await admin(server, 'POST', `sessions/${chat.chatId}/push-url`, { url: 'https://example.com/help' })
    await admin(server, 'POST', `sessions/${chat.chatId}/notice`, { text: 'queued', system: true })
    const file = await admin(server, 'POST', `sessions/${chat.chatId}/file`, {
      name: 'help.txt',
      mime: 'text/plain',
      text: 'read me',
    })
    expect(file.status).toBe(200)
    await admin(server, 'POST', `sessions/${chat.chatId}/leave`)
    const r = await refresh(server, chat, 2)
    expect((r.body.messages ?? []).map((m: WireEvent) => [m.type, m.from.nickname, m.text])).toEqual([
      ['ParticipantJoined', 'Ava', undefined],
      ['TypingStarted', 'Ava', undefined],
      ['TypingStopped', 'Ava', undefined],
      ['Message', 'Ava', 'Hello from Ava'],
      ['PushUrl', 'Ava', 'https://example.com/help'],
      ['Notice', 'system', 'queued'],
      ['FileUploaded', 'Ava', 'help.txt'],
      ['ParticipantLeft', 'Ava', undefined],
    ])
    const detail = (await admin(server, 'GET', `sessions/${chat.chatId}`)).body as unknown as SessionDetail
    expect(detail.files).toEqual([expect.objectContaining({ name: 'help.txt', size: 7 })])
    const fileId = detail.files[0]?.fileId ?? ''
    const bytes = await server.fetch(
      new Request(`http://mock.test/admin/sessions/${chat.chatId}/files/${fileId}`),
    )
    expect(await bytes.text()).toBe('read me')
    expect((await admin(server, 'POST', `sessions/${chat.chatId}/end`)).body).toMatchObject({ ended: true })
    expect((await refresh(server, chat, 1)).body.chatEnded).toBe(true)
  })

  it('offline/online, faults and fail-next through HTTP', async () => {
    const server = createMockChatServer({ scenario: 'silent', clock: createManualClock(0) })
    const chat = await gmsStart(server)
    await admin(server, 'POST', 'offline')
    expect((await admin(server, 'GET', 'status')).body).toMatchObject({ offline: true })
    const off = await refresh(server, chat)
    expect(off.body).toMatchObject({ statusCode: 1, chatId: chat.chatId })
    await admin(server, 'POST', 'online')
    expect((await refresh(server, chat)).body.statusCode).toBe(0)
    expect(
      (await admin(server, 'POST', 'fail-next', { sessionId: chat.chatId, n: 2, kind: 'statusCode2' })).body,
    ).toEqual({ queued: 2 })
    expect((await refresh(server, chat)).body.statusCode).toBe(2)
    expect((await refresh(server, chat)).body.statusCode).toBe(2)
    expect((await refresh(server, chat)).body.statusCode).toBe(0)
    expect((await admin(server, 'PUT', `sessions/${chat.chatId}/faults`, { http5xxRate: 1 })).status).toBe(
      200,
    )
    expect((await refresh(server, chat)).status).toBe(503)
    expect((await admin(server, 'PUT', `sessions/${chat.chatId}/faults`, {})).status).toBe(200)
    expect((await admin(server, 'PUT', 'faults', { reorderRate: 1 })).status).toBe(200)
    expect((await admin(server, 'GET', 'faults')).body).toEqual({ reorderRate: 1 })
  })

  it('swaps the scenario at run time, validating it', async () => {
    const server = createMockChatServer({ scenario: 'silent', clock: createManualClock(0) })
    expect(
      (await admin(server, 'PUT', 'scenario', { name: 'x', agents: [{ name: 'A', joinAfterMs: -1 }] }))
        .status,
    ).toBe(400)
    expect(
      (
        await admin(server, 'PUT', 'scenario', {
          name: 'echo2',
          agents: [{ name: 'E', joinAfterMs: 0, echo: true }],
        })
      ).status,
    ).toBe(200)
    const chat = await gmsStart(server)
    expect(
      ((await refresh(server, chat)).body.messages ?? []).map((m: WireEvent) => m.from.nickname),
    ).toEqual(['Carla', 'E'])
  })

  it('hides only the system party, not a customer or agent who is called "system"', async () => {
    const server = createMockChatServer({ scenario: 'silent', clock: createManualClock(0) })
    const chat = await gmsStart(server, 'system')
    server.admin.join(chat.chatId, { name: 'system' })
    server.admin.notice(chat.chatId, 'queued', { system: true })
    const detail = (await admin(server, 'GET', `sessions/${chat.chatId}`)).body as unknown as SessionSummary
    expect(detail.participants.map((p) => [p.name, p.type])).toEqual([
      ['system', 'Client'],
      ['system', 'Agent'],
    ])
  })
})
