import { describe, expect, it } from 'vitest'
import { reloadAfter, setup } from '../harness.js'

describe('a restore that found the server offline', () => {
  it('replays the transcript with restoring:true on the first good poll, then restoring:false', async () => {
    const first = setup()
    await first.start()
    first.server.agentJoins()
    first.server.agentSays('before the reload')
    await first.clock.advance(1000)
    const t = await reloadAfter(first)
    t.transport.fault('restore', 'server-retryable')
    await t.service.init()
    expect(t.names()).toContain('restoredOffline')
    await t.clock.advance(2000)
    const replay = t.payloadsOf('messageReceived') as { restoring: boolean; messages: unknown[] }[]
    expect(replay.length).toBeGreaterThan(0)
    expect(replay.every((p) => p.restoring)).toBe(true)
    t.server.agentSays('after the reload')
    await t.clock.advance(5000)
    const all = t.payloadsOf('messageReceived') as { restoring: boolean }[]
    expect(all.at(-1)?.restoring).toBe(false)
  })
})
