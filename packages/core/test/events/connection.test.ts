import { describe, expect, it } from 'vitest'
import type { FakeFault } from '../../src/testing/index.js'
import { setup } from '../harness.js'

const connectionEvents = new Set([
  'disconnected',
  'reconnected',
  'connectionPending',
  'chatServerWentOffline',
  'chatServerBackOnline',
  'connectionRestored',
  'error',
])

async function pollingWith(faults: FakeFault[], options: Parameters<typeof setup>[0] = {}) {
  const h = setup({ config: { pollExceptionLimit: 2 }, ...options })
  await h.start()
  await h.service.command('stopPoll')
  const seen: string[][] = []
  for (const fault of faults) {
    h.transport.fault('poll', fault)
    const before = h.events.length
    await h.internal('poll')
    seen.push(
      h.events
        .slice(before)
        .map((e) => e.event)
        .filter((n) => connectionEvents.has(n)),
    )
  }
  const before = h.events.length
  await h.internal('poll')
  seen.push(
    h.events
      .slice(before)
      .map((e) => e.event)
      .filter((n) => connectionEvents.has(n)),
  )
  return { h, seen }
}

describe('connection events', () => {
  it('event.connectionPending → event.chatServerWentOffline after pollExceptionLimit is exceeded → event.chatServerBackOnline + event.connectionRestored', async () => {
    const { seen } = await pollingWith([
      'server-retryable',
      'server-retryable',
      'server-retryable',
      'server-retryable',
    ])
    expect(seen).toEqual([
      ['connectionPending'],
      [],
      ['chatServerWentOffline'],
      [],
      ['chatServerBackOnline', 'connectionRestored'],
    ])
  })

  it('event.disconnected / event.reconnected: no response at all (network, timeout), once each', async () => {
    const { seen } = await pollingWith(['network', 'timeout'])
    expect(seen).toEqual([['disconnected', 'connectionPending'], [], ['reconnected', 'connectionRestored']])
  })

  it('event.connectionRestored after a connectionPending that never went offline; chatServerBackOnline only after offline', async () => {
    const { seen } = await pollingWith(['http'])
    expect(seen).toEqual([['connectionPending'], ['connectionRestored']])
  })

  it('event.chatServerWentOffline / event.chatServerBackOnline / event.connectionPending are v2-only (capability offlineEvents)', async () => {
    const { seen } = await pollingWith(['network', 'network', 'network', 'network'], {
      transport: { capabilities: { offlineEvents: false } },
    })
    expect(seen.flat()).toEqual(['disconnected', 'reconnected', 'connectionRestored'])
  })

  it('a non-retryable poll failure (statusCode 2) publishes error and counts as a failure; a lost session ends the chat', async () => {
    const { h, seen } = await pollingWith(['server-fatal'])
    expect(seen).toEqual([['connectionPending', 'error'], ['connectionRestored']])
    h.transport.fault('poll', 'session-lost')
    const before = h.names().length
    await h.internal('poll')
    // a lost session is not a connection problem: no connectionPending before `ended`
    expect(h.names().slice(before)).toEqual(['error', 'ended'])
    expect((await h.service.command('sendMessage', { message: 'x' })).row).toBe(
      'sendMessage.rejected.no-active-session',
    )
  })

  it('the automatic loop keeps polling through failures on virtual time and recovers', async () => {
    const h = setup({ config: { pollExceptionLimit: 1 } })
    await h.start()
    h.transport.fault('poll', 'server-retryable', 3)
    await h.clock.advance(5000)
    expect(h.names().filter((n) => connectionEvents.has(n))).toEqual([
      'connectionPending',
      'chatServerWentOffline',
      'chatServerBackOnline',
      'connectionRestored',
    ])
  })
})
