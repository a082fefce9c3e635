import { describe, expect, it } from 'vitest'
import type { AgentTypingPayload } from '../../src/types/event-payloads.js'
import { setup } from '../harness.js'

describe('typing events', () => {
  it('event.agentTypingStarted / event.agentTypingStopped: the reply (AJAX Response) with the typing message', async () => {
    const h = setup()
    await h.start()
    h.server.agentJoins()
    h.server.agentTyping(true)
    await h.clock.advance(300)
    h.server.agentTyping(false)
    await h.clock.advance(1000)
    const [started] = h.payloadsOf('agentTypingStarted') as AgentTypingPayload[]
    const [stopped] = h.payloadsOf('agentTypingStopped') as AgentTypingPayload[]
    expect(started).toMatchObject({
      status: 200,
      message: { type: 'TypingStarted', from: { type: 'Agent' } },
    })
    expect(stopped).toMatchObject({ status: 200, message: { type: 'TypingStopped' } })
  })

  it('event.clientTypingStarted / event.clientTypingStopped: a sendTyping burst, ended by sendMessage without a wire stop', async () => {
    const h = setup()
    await h.start()
    await h.service.command('sendTyping')
    expect(h.names()).toContain('clientTypingStarted')
    await h.service.command('sendMessage', { message: 'done typing' })
    expect(h.names().filter((n) => n.startsWith('clientTyping'))).toEqual([
      'clientTypingStarted',
      'clientTypingStopped',
    ])
    expect(h.transport.callsOf('send').map((c) => c.op?.kind)).toEqual(['typingStarted', 'message'])
    await h.clock.advance(5000)
    expect(h.names().filter((n) => n === 'clientTypingStopped')).toHaveLength(1)
  })
})
