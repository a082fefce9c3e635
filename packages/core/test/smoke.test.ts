import { describe, expect, it } from 'vitest'
import { setup } from './harness.js'

describe('smoke', () => {
  it('starts, receives an agent message by polling, ends', async () => {
    const h = setup()
    await h.start()
    h.server.agentJoins()
    h.server.agentSays('hello')
    await h.clock.advance(300)
    const texts = (await h.service.command('getTranscript')).value
    expect(h.names()).toContain('agentConnected')
    expect(JSON.stringify(texts)).toContain('hello')
    const end = await h.service.command('endChat')
    expect(end.ok).toBe(true)
    expect(h.names().at(-1)).toBe('ended')
  })
})
