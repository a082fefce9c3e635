import { resolutionTexts as texts } from '@chatwire/specs/resolution-texts'
import { describe, expect, it } from 'vitest'
import { setup } from '../harness.js'

const textRow = (row: keyof typeof texts) => ({ ok: false, row, value: texts[row] })
const noPolling = { transport: { capabilities: { polling: false } } }

describe('poll', () => {
  it('poll.resolved: WebChatService polls once now', async () => {
    const h = setup()
    await h.start()
    await h.service.command('stopPoll')
    h.server.agentSays('now')
    const outcome = await h.internal('poll')
    expect(outcome).toEqual({ ok: true, row: 'poll.resolved', value: undefined })
    expect(h.transport.callsOf('poll')).toHaveLength(1)
    expect(h.payloadsOf('messageReceived')).toHaveLength(2)
  })

  it('poll.rejected.access-denied: another caller (or none) invokes the private command, nothing is polled', async () => {
    const h = setup()
    await h.start()
    await h.service.command('stopPoll')
    expect(await h.service.command('poll', undefined, { caller: 'MyPlugin' })).toEqual(
      textRow('poll.rejected.access-denied'),
    )
    expect(await h.service.command('poll')).toEqual(textRow('poll.rejected.access-denied'))
    expect(h.transport.callsOf('poll')).toHaveLength(0)
  })

  it('poll.rejected.previous-poll-pending: a poll is in flight, or no chat is open', async () => {
    const h = setup()
    expect(await h.internal('poll')).toEqual(textRow('poll.rejected.previous-poll-pending'))
    await h.start()
    await h.service.command('stopPoll')
    const release = h.transport.hold('poll')
    const first = h.internal('poll')
    expect(await h.internal('poll')).toEqual(textRow('poll.rejected.previous-poll-pending'))
    release()
    expect((await first).ok).toBe(true)
    expect(h.transport.callsOf('poll')).toHaveLength(1)
  })

  it('poll.rejected.not-supported: the transport does not poll', async () => {
    const h = setup(noPolling)
    await h.start()
    expect(await h.internal('poll')).toEqual(textRow('poll.rejected.not-supported'))
  })
})

describe('startPoll / stopPoll / resetPollExceptions', () => {
  it('startPoll.resolved: polling starts (pollingStarted once) and runs on the cadence', async () => {
    const h = setup()
    await h.start()
    await h.service.command('stopPoll')
    h.events.length = 0
    expect(await h.service.command('startPoll')).toEqual({
      ok: true,
      row: 'startPoll.resolved',
      value: undefined,
    })
    expect(await h.service.command('startPoll')).toMatchObject({ ok: true })
    expect(h.names()).toEqual(['pollingStarted'])
    await h.clock.advance(250)
    expect(h.transport.callsOf('poll')).toHaveLength(1)
    await h.clock.advance(10_000)
    expect(h.transport.callsOf('poll').length).toBeGreaterThan(4)
  })

  it('startPoll.rejected.no-active-session: no chat open', async () => {
    const h = setup()
    expect(await h.service.command('startPoll')).toEqual(textRow('startPoll.rejected.no-active-session'))
  })

  it('startPoll.rejected.not-supported: the transport does not poll', async () => {
    const h = setup(noPolling)
    await h.start()
    expect(await h.service.command('startPoll')).toEqual(textRow('startPoll.rejected.not-supported'))
  })

  it('stopPoll.resolved: polling stops (pollingStopped) and no poll goes out', async () => {
    const h = setup()
    await h.start()
    expect(await h.service.command('stopPoll')).toEqual({
      ok: true,
      row: 'stopPoll.resolved',
      value: undefined,
    })
    expect(h.names()).toContain('pollingStopped')
    await h.clock.advance(60_000)
    expect(h.transport.callsOf('poll')).toHaveLength(0)
  })

  it('stopPoll.rejected.no-active-session: no chat open', async () => {
    const h = setup()
    expect(await h.service.command('stopPoll')).toEqual(textRow('stopPoll.rejected.no-active-session'))
  })

  it('stopPoll.rejected.not-supported: the transport does not poll', async () => {
    const h = setup(noPolling)
    expect(await h.service.command('stopPoll')).toEqual(textRow('stopPoll.rejected.not-supported'))
  })

  it('resetPollExceptions.resolved: the failure count goes back to 0, so going offline needs the full limit again', async () => {
    const h = setup({ config: { pollExceptionLimit: 2 } })
    await h.start()
    await h.service.command('stopPoll')
    h.transport.fault('poll', 'server-retryable', 5)
    await h.internal('poll')
    await h.internal('poll')
    expect(await h.service.command('resetPollExceptions')).toEqual({
      ok: true,
      row: 'resetPollExceptions.resolved',
      value: undefined,
    })
    await h.internal('poll')
    await h.internal('poll')
    expect(h.names()).not.toContain('chatServerWentOffline')
    await h.internal('poll')
    expect(h.names()).toContain('chatServerWentOffline')
  })

  it('resetPollExceptions.rejected.not-supported: the transport has no pollExceptionReset', async () => {
    const h = setup({ transport: { capabilities: { pollExceptionReset: false } } })
    expect(await h.service.command('resetPollExceptions')).toEqual(
      textRow('resetPollExceptions.rejected.not-supported'),
    )
  })
})
