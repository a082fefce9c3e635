import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FakeFault } from '../src/testing/index.js'
import type { MessageReceivedPayload } from '../src/types/event-payloads.js'
import { setup } from './harness.js'

/** Every poll fault the fake server can inject, from no response to replies that repeat or reorder. */
const pollFaults: FakeFault[] = [
  'network',
  'timeout',
  'http',
  'server-retryable',
  'server-fatal',
  'decode',
  'lost-reply',
  'duplicate',
  'reorder',
  'stale',
]

const step = fc.record({
  agentSays: fc.boolean(),
  clientSays: fc.option(fc.constantFrom<FakeFault | 'ok'>('ok', 'lost-reply', 'network'), { nil: undefined }),
  pollFault: fc.option(fc.constantFrom(...pollFaults), { nil: undefined }),
  faultTimes: fc.integer({ min: 1, max: 8 }),
  wait: fc.integer({ min: 0, max: 4000 }),
})

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never

/** Runs a chat through the steps and checks the client transcript against the server's. */
async function runScenario(steps: Step[]) {
  const h = setup({ config: { pollExceptionLimit: 3 } })
  await h.start()
  h.server.agentJoins()
  let n = 0
  for (const s of steps) {
    if (s.agentSays) h.server.agentSays(`agent ${n++}`)
    if (s.pollFault) h.transport.fault('poll', s.pollFault, s.faultTimes)
    if (s.clientSays) {
      if (s.clientSays !== 'ok') h.transport.fault('send', s.clientSays)
      await h.service.command('sendMessage', { message: `client ${n++}` })
    }
    await h.clock.advance(s.wait)
  }
  // every queued fault drains within this time: 8 × 10 steps × 3 s at most between polls
  await h.clock.advance(300_000)
  const transcript = await h.transcript()
  const serverEvents = h.server.current.events
  expect(transcript.messages.map((m) => m.index)).toEqual(serverEvents.map((e) => e.index))
  expect(transcript.messages.map((m) => m.text)).toEqual(serverEvents.map((e) => e.text))
  const published = (h.payloadsOf('messageReceived') as MessageReceivedPayload[]).flatMap((p) => p.messages)
  expect(published.map((m) => m.index).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
    serverEvents.map((e) => e.index),
  )
  expect(h.names()).not.toContain('ended')
  return h
}

describe('fault matrix: the client transcript equals the server transcript, nothing lost, nothing doubled', () => {
  for (const fault of pollFaults) {
    it(`poll fault ${fault} (3 times in a row) while the agent talks`, async () => {
      await runScenario([
        { agentSays: true, clientSays: undefined, pollFault: fault, faultTimes: 3, wait: 1000 },
        { agentSays: true, clientSays: 'ok', pollFault: undefined, faultTimes: 1, wait: 2000 },
        { agentSays: true, clientSays: undefined, pollFault: fault, faultTimes: 1, wait: 500 },
      ])
    })
  }

  it('server gone for a long time (20 failed polls) then back: offline events, then everything arrives once', async () => {
    const h = await runScenario([
      { agentSays: true, clientSays: undefined, pollFault: 'network', faultTimes: 20, wait: 1000 },
      { agentSays: true, clientSays: 'lost-reply', pollFault: undefined, faultTimes: 1, wait: 10_000 },
    ])
    expect(h.names()).toEqual(
      expect.arrayContaining([
        'disconnected',
        'connectionPending',
        'chatServerWentOffline',
        'chatServerBackOnline',
        'reconnected',
      ]),
    )
  })

  it('a send whose reply is lost still reaches the transcript exactly once', async () => {
    const h = await runScenario([
      { agentSays: false, clientSays: 'lost-reply', pollFault: undefined, faultTimes: 1, wait: 0 },
    ])
    expect((await h.transcript()).messages.filter((m) => m.text?.startsWith('client'))).toHaveLength(1)
  })

  it('random schedules of faults, messages and waits (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 10 }), async (steps) => {
        await runScenario(steps)
      }),
      { numRuns: 150 },
    )
  })
})
