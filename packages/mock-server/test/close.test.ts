import { describe, expect, it } from 'vitest'
import { createManualClock, createMockChatServer, type Scenario } from '../src/index.js'
import { ContactCentre } from '../src/model/contact-centre.js'
import { gmsPost, gmsStart, identity, nexus, nexusStart } from './wire.js'

const busy: Scenario = {
  name: 'busy',
  agents: [
    { name: 'Ava', joinAfterMs: 5_000, leaveAfterMs: 60_000, echo: true, replyDelayMs: 800, typingMs: 400 },
  ],
  idle: { alertAfterMs: 30_000, closeAfterMs: 30_000 },
  longPollMs: 25_000,
}

const input = {
  protocol: 'gms-v2' as const,
  serviceName: 's',
  clientName: 'Nora',
  clientFields: {},
  userData: {},
}

describe('shutdown and eviction leave no timers behind', () => {
  it('close() ends every session and clears agent, typing, idle and long-poll timers', async () => {
    const clock = createManualClock(1_700_000_000_000)
    const server = createMockChatServer({ scenario: busy, clock })
    const chat = await gmsStart(server)
    await gmsPost(server, `/${chat.chatId}/startTyping`, identity(chat))
    const v3 = await nexusStart(server)
    await nexus(server, 'GET', `/${v3.sessionId}/messages`, { token: v3.token })
    let polled = false
    const poll = nexus(server, 'GET', `/${v3.sessionId}/messages`, { token: v3.token }).then((r) => {
      polled = true
      return r
    })
    await clock.advanceAsync(1)
    expect(polled).toBe(false)
    expect(clock.pending()).toBeGreaterThan(4)
    server.close()
    expect(clock.pending()).toBe(0)
    expect((await poll).body.data?.chatEnded).toBe(true)
    expect(server.admin.session(chat.chatId)).toMatchObject({ ok: true, value: { ended: true } })
  })

  it('a live session dropped by the session cap is ended, its timers disarmed', () => {
    const clock = createManualClock(0)
    const centre = new ContactCentre({ scenario: busy, clock, seed: 1, faults: {}, maxSessions: 1 })
    const first = centre.createSession(input)
    const perSession = clock.pending()
    expect(perSession).toBeGreaterThan(0)
    centre.createSession(input)
    expect(centre.store.get(first.id)).toBeUndefined()
    expect(first.ended).toBe(true)
    expect(clock.pending()).toBe(perSession)
  })
})
