// The small chaos run: 10 chats × 10 messages each way per transport, over real loopback HTTP with every
// fault kind of the mock server. Real timers are needed (real sockets); the core's own timers run 10× faster
// through a scaled clock, so the run takes seconds. `pnpm chaos` is the full-size run.
import { describe, expect, it } from 'vitest'
import { runChaos } from '../src/chaos/run-chaos.js'

describe.each(['gms-v2', 'nexus-v3'] as const)('chaos over loopback: %s', (protocol) => {
  it('loses, duplicates and reorders nothing under ≥ 10 % injected faults', async () => {
    // duplicated and reordered replies are visible only in replies with two or more events, and v3 polls
    // have no client timeout: a small run has few of those, so 10 % of them, and the check below that
    // every kind happened does not depend on luck
    const report = await runChaos({
      protocol,
      chats: 10,
      messages: 10,
      seed: 7,
      faults: { batchRate: 0.1, timeoutRate: 0.1 },
      budgetMs: 100_000,
    })
    expect(report.errors).toEqual([])
    expect(report).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0, extra: 0, chatsEqual: 10 })
    // the faults really happened (≥ 10 % of requests, every visible kind): part of `passed` and `errors`,
    // so the full `pnpm chaos` run enforces it too
    expect(report.faultShare).toBeGreaterThanOrEqual(0.1)
    expect(report.passed).toBe(true)
  }, 120_000)
})
