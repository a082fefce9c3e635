import { describe, expect, it } from 'vitest'
import { setup } from '../harness.js'

describe('a transport that throws (breaking its never-throw contract)', () => {
  it('startChat: the throw is a network failure and the service can start again', async () => {
    const t = setup()
    const start = t.transport.start.bind(t.transport)
    let calls = 0
    t.transport.start = (input, options) => {
      calls++
      if (calls === 1) return Promise.reject(new Error('boom'))
      return start(input, options)
    }
    const first = await t.service.command('startChat', {})
    expect(first.ok).toBe(false)
    expect(first.row).toBe('startChat.rejected.ajax-exception')
    expect(first.value).toMatchObject({ status: 0, statusText: 'error' })
    expect(t.names()).toContain('error')
    const second = await t.service.command('startChat', {})
    expect(second.ok).toBe(true)
    expect(t.names()).toContain('started')
  })

  it('endChat: the throw is a network failure, the session still ends locally and a new one can start', async () => {
    const t = setup()
    await t.start()
    const send = t.transport.send.bind(t.transport)
    t.transport.send = (session, op, options) =>
      op.kind === 'end' ? Promise.reject(new Error('boom')) : send(session, op, options)
    const ended = await t.service.command('endChat')
    expect(ended.ok).toBe(false)
    expect(ended.row).toBe('endChat.rejected.ajax-exception')
    expect(t.names()).toContain('ended')
    t.transport.send = send
    await t.start()
  })
})
