import { describe, expect, it } from 'vitest'
import type { MessageReceivedPayload, StartedPayload } from '../../src/types/event-payloads.js'
import { reloadAfter, setup } from '../harness.js'

describe('lifecycle events', () => {
  it('event.ready: init publishes ready once, after a stored session was restored', async () => {
    const fresh = setup()
    await fresh.service.init()
    await fresh.service.init()
    expect(fresh.names()).toEqual(['ready'])
    expect(fresh.payloadsOf('ready')).toEqual([undefined])

    await fresh.start()
    const page = await reloadAfter(fresh)
    await page.service.init()
    expect(page.names()[0]).toBe('restored')
    expect(page.names().at(-1)).toBe('ready')
  })

  it('event.started: the start reply (AJAX Response) with the session data', async () => {
    const h = setup()
    await h.start()
    const [payload] = h.payloadsOf('started') as StartedPayload[]
    expect(payload).toMatchObject({ status: 200, statusText: 'OK', sessionData: { secureKey: 'key-1' } })
    expect(h.names().slice(0, 2)).toEqual(['started', 'clientConnected'])
  })

  it('event.ended: published once by endChat and once when the server ends the chat', async () => {
    const h = setup()
    await h.start()
    await h.service.command('endChat')
    expect(h.payloadsOf('ended')).toEqual([undefined])
    await h.start()
    h.server.endChat()
    await h.clock.advance(300)
    expect(h.payloadsOf('ended')).toHaveLength(2)
    expect(h.names().slice(-4)).toEqual(['agentDisconnected', 'messageReceived', 'pollingStopped', 'ended'])
    await h.clock.advance(10_000)
    expect(h.transport.callsOf('poll')).toHaveLength(1)
  })

  it('event.pollingStarted / event.pollingStopped: when the automatic loop starts and stops', async () => {
    const h = setup()
    await h.start()
    expect(h.names().filter((n) => n.startsWith('polling'))).toEqual(['pollingStarted'])
    await h.service.command('endChat')
    expect(h.names().filter((n) => n.startsWith('polling'))).toEqual(['pollingStarted', 'pollingStopped'])
  })

  it('event.error: a failed wire call publishes its AJAX Response', async () => {
    const h = setup()
    await h.start()
    h.transport.fault('send', 'http')
    await h.service.command('sendMessage', { message: 'x' })
    expect(h.payloadsOf('error')).toEqual([
      expect.objectContaining({ status: 500, statusText: 'Internal Server Error' }),
    ])
  })

  it('event.messageReceived: {originalMessages, messages, restoring, sessionData} for each reply with new messages', async () => {
    const h = setup()
    await h.start()
    h.server.agentSays('hello')
    await h.clock.advance(300)
    const payloads = h.payloadsOf('messageReceived') as MessageReceivedPayload[]
    const last = payloads.at(-1)
    expect(last?.restoring).toBe(false)
    expect(last?.sessionData).toMatchObject({ secureKey: 'key-1' })
    expect(last?.messages.map((m) => m.text)).toEqual(['hello'])
    expect(last?.originalMessages).toEqual([
      expect.objectContaining({ index: 2, text: 'hello', type: 'Message' }),
    ])
    await h.clock.advance(5000)
    expect(h.payloadsOf('messageReceived')).toHaveLength(payloads.length)
  })
})
