import { describe, expect, it } from 'vitest'
import { pollCadence } from '../../src/polling/poll-cadence.js'
import { setup } from '../harness.js'

// The original's sleep, wake and pausePoll (beyond the seed, real-widget.md §3.2, §2.4), with the catalog rows.
const sleepy = { transport: { sleepEnabled: true } }
const none = (command: string) => ({ ok: true, row: `${command}.resolved`, value: undefined })

/** A chat open, the first polls done, so the loop runs at its steady interval. */
async function chatting(h: ReturnType<typeof setup>) {
  await h.start()
  await h.clock.advance(10_000)
  h.transport.calls.length = 0
  h.events.length = 0
}

const sent = (h: ReturnType<typeof setup>) => h.transport.callsOf('send').map((c) => c.op?.kind)
const polls = (h: ReturnType<typeof setup>) => h.transport.callsOf('poll').length

describe('sleep', () => {
  it('sleep.resolved / event.sleeping: with sleepEnabled and a chat, polls slow to pollRateSleep', async () => {
    const h = setup({ config: sleepy })
    await chatting(h)
    expect(await h.service.command('sleep')).toEqual(none('sleep'))
    expect(await h.service.command('sleep')).toEqual(none('sleep'))
    expect(h.names()).toEqual(['sleeping'])
    await h.clock.advance(pollCadence.sleep * 3)
    expect(polls(h)).toBeGreaterThanOrEqual(3)
    expect(polls(h)).toBeLessThanOrEqual(4)
  })

  it('sleep.resolved: without sleepEnabled, with no chat or in async mode it does nothing', async () => {
    const off = setup()
    await chatting(off)
    expect(await off.service.command('sleep')).toEqual(none('sleep'))
    await off.clock.advance(pollCadence.sleep)
    expect(polls(off)).toBeGreaterThan(5)
    const idle = setup({ config: sleepy })
    expect(await idle.service.command('sleep')).toEqual(none('sleep'))
    const inAsync = setup({ config: { transport: { sleepEnabled: true, async: { enabled: true } } } })
    await inAsync.start()
    await inAsync.service.command('sleep')
    expect([...off.names(), ...idle.names(), ...inAsync.names()]).not.toContain('sleeping')
  })
})

describe('wake', () => {
  it('wake.resolved / event.waking: polling back at pollRate and the cancel-idle-timer notice sent', async () => {
    const h = setup({ config: sleepy })
    await chatting(h)
    await h.service.command('sleep')
    expect(await h.service.command('wake')).toEqual(none('wake'))
    expect(h.names()).toEqual(['sleeping', 'waking'])
    await h.clock.advance(pollCadence.rate * 4)
    expect(sent(h)).toEqual(['cancelIdleTimer'])
    expect(polls(h)).toBeGreaterThanOrEqual(4)
    expect(await h.service.command('wake')).toEqual(none('wake'))
    expect(h.names()).toEqual(['sleeping', 'waking'])
  })

  it('wake.resolved: awake it does nothing, unless resetIdleState asks for the notice', async () => {
    const h = setup({ config: sleepy })
    await chatting(h)
    await h.service.command('wake')
    expect(sent(h)).toEqual([])
    await h.service.command('wake', { resetIdleState: true })
    await h.clock.advance(0)
    expect(sent(h)).toEqual(['cancelIdleTimer'])
    expect(h.names()).toEqual([])
  })

  it('wake.resolved: on a transport without custom notices, waking without a notice', async () => {
    const h = setup({ config: sleepy, transport: { capabilities: { customNotice: false } } })
    await chatting(h)
    await h.service.command('sleep')
    await h.service.command('wake', { resetIdleState: true })
    expect(h.names()).toEqual(['sleeping', 'waking'])
    expect(sent(h)).toEqual([])
  })

  it('sendMessage (and the other sending commands) wake the service first, as the original does', async () => {
    const h = setup({ config: sleepy })
    await chatting(h)
    await h.service.command('sleep')
    await h.service.command('sendMessage', { message: 'back' })
    expect(h.names().slice(0, 2)).toEqual(['sleeping', 'waking'])
    expect(sent(h)).toEqual(['cancelIdleTimer', 'message'])
  })
})

describe('pausePoll', () => {
  it('pausePoll.resolved: polling stops and the poll in flight is aborted, without an error', async () => {
    const h = setup()
    await chatting(h)
    const release = h.transport.hold('poll')
    await h.clock.advance(pollCadence.rate)
    expect(h.transport.callsOf('poll')).toHaveLength(1)
    expect(await h.service.command('pausePoll')).toEqual(none('pausePoll'))
    release()
    await h.clock.advance(pollCadence.sleep)
    expect(polls(h)).toBe(1)
    expect(h.names()).toEqual(['pollingStopped'])
    await h.service.command('wake')
    await h.clock.advance(pollCadence.sleep)
    expect(polls(h)).toBe(1)
    await h.service.command('startPoll')
    await h.clock.advance(pollCadence.rate)
    expect(polls(h)).toBeGreaterThan(1)
  })

  it('wake.resolved: a loop stopped by stopPoll stays stopped (only a pause is resumed)', async () => {
    const h = setup({ config: sleepy })
    await chatting(h)
    await h.service.command('sleep')
    await h.service.command('stopPoll')
    await h.service.command('wake')
    await h.clock.advance(pollCadence.sleep)
    expect(polls(h)).toBe(0)
    expect(h.names()).toEqual(['sleeping', 'pollingStopped', 'waking'])
  })

  it('pausePoll.resolved: with sleepEnabled it also falls asleep, and wake resumes polling soon', async () => {
    const h = setup({ config: sleepy })
    await chatting(h)
    await h.service.command('pausePoll')
    expect(h.names()).toEqual(['pollingStopped', 'sleeping'])
    await h.service.command('wake')
    await h.clock.advance(pollCadence.firstDelay)
    expect(h.names()).toEqual(['pollingStopped', 'sleeping', 'waking', 'pollingStarted'])
    expect(polls(h)).toBe(1)
  })

  it('pausePoll.rejected.no-active-session (beyond the seed): the endChat text with no chat open', async () => {
    const h = setup()
    expect(await h.service.command('pausePoll')).toEqual({
      ok: false,
      row: 'pausePoll.rejected.no-active-session',
      value: 'There is no active chat session',
    })
  })
})
