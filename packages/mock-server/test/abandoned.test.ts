import { describe, expect, it } from 'vitest'
import { createManualClock, createMockChatServer } from '../src/index.js'
import { gmsPost, gmsStart, identity, nexus, nexusStart } from './wire.js'

describe('abandoned sessions end even without an idle policy', () => {
  it('a client silent for abandonedAfterMs is ended; one that only polls stays', async () => {
    const clock = createManualClock(1_700_000_000_000)
    const server = createMockChatServer({ scenario: 'silent', clock })
    const gone = await gmsStart(server)
    const polling = await gmsStart(server)
    const v3 = await nexusStart(server)
    const ended = (id: string) => {
      const r = server.admin.session(id)
      return r.ok ? r.value.ended : undefined
    }
    for (let minute = 1; minute <= 9; minute++) {
      await clock.advanceAsync(60_000)
      await gmsPost(server, `/${polling.chatId}/refresh`, identity(polling))
      await nexus(server, 'GET', `/${v3.sessionId}/messages`, { token: v3.token })
    }
    expect(ended(gone.chatId)).toBe(false) // 9 min: not yet
    for (let minute = 10; minute <= 11; minute++) {
      await clock.advanceAsync(60_000)
      await gmsPost(server, `/${polling.chatId}/refresh`, identity(polling))
      await nexus(server, 'GET', `/${v3.sessionId}/messages`, { token: v3.token })
    }
    expect(ended(gone.chatId)).toBe(true)
    expect(ended(polling.chatId)).toBe(false)
    expect(ended(v3.sessionId)).toBe(false)
    const late = await gmsPost(server, `/${gone.chatId}/refresh`, identity(gone))
    expect(late.body.chatEnded).toBe(true)
    // like Chat Server's flex-disconnect-timeout: a write gets 8209 (client removed after the timeout)
    const write = await gmsPost(server, `/${gone.chatId}/send`, [...identity(gone), ['message', 'hello?']])
    expect(write.body.errors?.[0]?.code).toBe(8209)
  })

  it('the limit is an option', async () => {
    const clock = createManualClock(0)
    const server = createMockChatServer({ scenario: 'silent', clock, abandonedAfterMs: 30_000 })
    const chat = await gmsStart(server)
    await clock.advanceAsync(40_000)
    expect(server.admin.session(chat.chatId)).toMatchObject({ ok: true, value: { ended: true } })
  })
})
