import { describe, expect, it } from 'vitest'
import { createManualClock, createMockChatServer } from '../src/index.js'
import { gmsPost, gmsStart, nexus, nexusStart, refresh, tokenPayload, type WireEvent } from './wire.js'

describe('more real-widget shapes', () => {
  it('GMS: `<dataURL>/refresh` with the trailing slash off and no chat is not read as a chatId', async () => {
    const server = createMockChatServer({ scenario: 'silent', clock: createManualClock(0) })
    const r = await gmsPost(server, '/refresh', [
      ['alias', ''],
      ['secureKey', ''],
      ['userId', ''],
      ['transcriptPosition', '1'],
    ])
    expect(r.status).toBe(400)
    expect(r.body).toMatchObject({ statusCode: 2, chatEnded: true, errors: [{ code: 161 }] })
  })

  it('v3: a server-side end puts ParticipantLeft events in the same batch as chatEnded:true', async () => {
    const server = createMockChatServer({ scenario: 'silent', clock: createManualClock(0) })
    const s = await nexusStart(server)
    await nexus(server, 'GET', `/${s.sessionId}/messages`, { token: s.token })
    server.admin.join(s.sessionId, { name: 'Ava' })
    server.admin.end(s.sessionId)
    const r = await nexus(server, 'GET', `/${s.sessionId}/messages`, { token: s.token })
    expect(r.body.data?.chatEnded).toBe(true)
    expect((r.body.data?.messages ?? []).map((m: WireEvent) => [m.type, m.from.type])).toEqual([
      ['ParticipantJoined', 'Agent'],
      ['ParticipantLeft', 'Agent'],
      ['ParticipantLeft', 'Customer'],
    ])
    const write = await nexus(server, 'POST', `/${s.sessionId}/messages`, {
      token: s.token,
      body: [['data[text]', 'late']],
    })
    expect(write.body.status?.code).toBe('INVALID_SESSION')
  })

  it('v3: a start carrying the token of an ended session starts afresh; a bare resume is INVALID_SESSION', async () => {
    const server = createMockChatServer({ scenario: 'silent', clock: createManualClock(0) })
    const s = await nexusStart(server)
    server.admin.end(s.sessionId)
    const bare = await nexus(server, 'POST', '', {
      token: s.token,
      body: [
        ['data[endpoint]', 'demo'],
        ['operationId', 'o'],
      ],
    })
    expect(bare).toMatchObject({ status: 404, body: { status: { code: 'INVALID_SESSION' } } })
    const fresh = await nexus(server, 'POST', '', {
      token: s.token,
      body: [
        ['data[nickname]', 'Nora'],
        ['operationId', 'o'],
      ],
    })
    expect(fresh.status).toBe(200)
    expect(tokenPayload(fresh.body.data?.clientToken ?? '').sessionId).not.toBe(s.sessionId)
  })

  it('latency faults hold the reply on the injected clock', async () => {
    const clock = createManualClock(0)
    const server = createMockChatServer({ scenario: 'silent', clock })
    const chat = await gmsStart(server)
    server.admin.setFaults({ latencyMs: 4000 }, chat.chatId)
    let answered = false
    const pending = refresh(server, chat).then((r) => {
      answered = true
      return r
    })
    await clock.advanceAsync(3999)
    expect(answered).toBe(false)
    await clock.advanceAsync(1)
    expect((await pending).body.statusCode).toBe(0)
  })

  it('bots are flagged on GMS (External + BOT style) and typed Bot on v3', async () => {
    const scenario = {
      name: 'b',
      agents: [{ name: 'Botty', type: 'Bot' as const, joinAfterMs: 0, greeting: ['beep'] }],
    }
    const server = createMockChatServer({ scenario, clock: createManualClock(0) })
    const chat = await gmsStart(server)
    const r = await refresh(server, chat)
    const bot = (r.body.messages ?? []).find((m: WireEvent) => m.text === 'beep') as WireEvent & {
      eventAttributes?: unknown
    }
    expect(bot.from.type).toBe('External')
    expect(bot.eventAttributes).toMatchObject({ GCTI_SYSTEM: { 'party-info': { style: 'BOT' } } })
    const s = await nexusStart(server)
    const v = await nexus(server, 'GET', `/${s.sessionId}/messages`, { token: s.token })
    expect((v.body.data?.messages ?? []).find((m: WireEvent) => m.text === 'beep')?.from.type).toBe('Bot')
  })
})
