import { describe, expect, it } from 'vitest'
import { setup } from '../harness.js'

describe('a poll that meets a lost session', () => {
  it('on the automatic loop: error then ended, no connection events, no timers left', async () => {
    const t = setup()
    await t.start()
    t.events.length = 0
    t.transport.fault('poll', 'session-lost')
    await t.clock.advance(300)
    expect(t.names()).not.toContain('connectionPending')
    expect(t.names().filter((n) => n === 'error' || n === 'ended')).toEqual(['error', 'ended'])
    expect(t.clock.pending()).toBe(0)
  })
})
