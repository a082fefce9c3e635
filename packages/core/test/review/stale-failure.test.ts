import { describe, expect, it } from 'vitest'
import { setup } from '../harness.js'

describe('a late failure of an ended session', () => {
  it('does not end the next session (no error, no ended, no deleteSessionData)', async () => {
    const t = setup()
    await t.start()
    const release = t.transport.hold('send')
    const slow = t.service.command('sendMessage', { message: 'hi' })
    await t.service.command('endChat')
    await t.start()
    const session2 = await t.service.command('getSessionData')
    t.events.length = 0
    release()
    const outcome = await slow
    expect(outcome.ok).toBe(false)
    expect(t.names()).not.toContain('error')
    expect(t.names()).not.toContain('ended')
    const after = await t.service.command('getSessionData')
    expect(after.value).toEqual(session2.value)
    expect(Object.keys(after.value as object).length).toBeGreaterThan(0)
  })

  it('still ends the current session when its own call meets session-lost', async () => {
    const t = setup()
    await t.start()
    t.transport.fault('send', 'session-lost')
    const outcome = await t.service.command('sendMessage', { message: 'hi' })
    expect(outcome.ok).toBe(false)
    expect(t.names()).toContain('error')
    expect(t.names()).toContain('ended')
  })
})
