import { httpAgentSide } from './agent-side.js'
import { type ChaosChatResult, type Protocol, runChaosChat } from './chaos-chat.js'
import { type ChaosFaultOptions, chaosFaultConfig, defaultChaosFaults, maxLatencyOf } from './chaos-faults.js'
import { startChaosServer } from './chaos-server.js'
import { createScaledClock } from './scaled-clock.js'
import { addTally, emptyTally, faultShare, faultShortfalls, type WireTally } from './wire-tally.js'

export interface ChaosOptions {
  readonly protocol: Protocol
  readonly chats: number
  /** Messages each way per chat. */
  readonly messages: number
  readonly seed?: number
  readonly faults?: Partial<ChaosFaultOptions>
  /** How much faster than real time the core's own timers run (poll cadence). Default 10. */
  readonly timeScale?: number
  readonly paceMs?: number
  /** Real ms before the run gives up. Default 110 s. */
  readonly budgetMs?: number
  readonly server?: 'in-process' | 'child'
}

export interface ChaosReport {
  readonly protocol: Protocol
  readonly chats: number
  readonly messagesEachWay: number
  /** Intended messages (both ways, all chats). */
  readonly intended: number
  readonly lost: number
  readonly duplicated: number
  readonly outOfOrder: number
  readonly extra: number
  readonly chatsEqual: number
  readonly sendFailures: number
  readonly deliveredDespiteFailure: number
  readonly startRetries: number
  readonly wire: WireTally
  /** Share of requests with a visible fault. */
  readonly faultShare: number
  readonly durationMs: number
  readonly errors: readonly string[]
  readonly passed: boolean
}

/** Runs `chats` concurrent chats over real loopback HTTP against a faulty mock server and checks every transcript. */
export async function runChaos(o: ChaosOptions): Promise<ChaosReport> {
  const faultOptions = { ...defaultChaosFaults, ...o.faults }
  const faults = chaosFaultConfig(faultOptions)
  const started = performance.now()
  const deadline = started + (o.budgetMs ?? 110_000)
  const server = await startChaosServer({ seed: o.seed ?? 1, faults, where: o.server ?? 'in-process' })
  const agent = httpAgentSide(server.url)
  const clock = createScaledClock(o.timeScale ?? 10)
  const tallies: WireTally[] = []
  let results: ChaosChatResult[]
  try {
    results = await Promise.all(
      Array.from({ length: o.chats }, async (_, id) => {
        const tally = emptyTally()
        tallies.push(tally)
        await new Promise((r) => setTimeout(r, id * 5))
        return runChaosChat({
          protocol: o.protocol,
          baseUrl: server.url,
          agent,
          id,
          messages: o.messages,
          ajaxTimeout: faultOptions.ajaxTimeout,
          // + 750 ms: under full CPU load a request can reach the server's handler well after the client
          // gave up on it; a shorter margin let a few resends race their own late original
          settleMs: maxLatencyOf(faults) + 750,
          clock,
          tally,
          deadline,
          paceMs: o.paceMs ?? 20,
        })
      }),
    )
  } finally {
    await server.close()
  }
  const wire = emptyTally()
  for (const t of tallies) addTally(wire, t)
  return summarise(o, results, wire, performance.now() - started)
}

function summarise(
  o: ChaosOptions,
  results: ChaosChatResult[],
  wire: WireTally,
  durationMs: number,
): ChaosReport {
  let lost = 0
  let duplicated = 0
  let outOfOrder = 0
  let extra = 0
  let chatsEqual = 0
  const errors: string[] = []
  for (const r of results) {
    if (r.error !== undefined) errors.push(`chat ${r.id} (${r.sessionId ?? 'no session'}): ${r.error}`)
    if (r.comparison === undefined || r.customer === undefined || r.agent === undefined) {
      lost += 2 * o.messages
      continue
    }
    const c = r.comparison
    if (c.equal) chatsEqual++
    else errors.push(`chat ${r.id} (${r.sessionId}): ${c.differences.join('; ')}`)
    for (const [side, check] of [
      ['customer', r.customer],
      ['agent', r.agent],
    ] as const) {
      if (check.missing > 0 || check.repeated > 0 || !check.ordered)
        errors.push(
          `chat ${r.id} (${r.sessionId}): ${side} messages on the server: ${check.missing} missing, ${check.repeated} repeated${check.ordered ? '' : ', out of order'}`,
        )
    }
    lost += c.lost + r.customer.missing + r.agent.missing
    duplicated += c.duplicated + r.customer.repeated + r.agent.repeated
    outOfOrder += c.outOfOrder + (r.customer.ordered ? 0 : 1) + (r.agent.ordered ? 0 : 1)
    extra += c.extra
  }
  // the faults really happened: enough of the requests were hit, and of each visible kind
  const shortfalls = faultShortfalls(wire)
  errors.unshift(...shortfalls.map((s) => `faults: ${s}`))
  const passed = errors.length === 0 && lost === 0 && duplicated === 0 && outOfOrder === 0 && extra === 0
  return {
    protocol: o.protocol,
    chats: o.chats,
    messagesEachWay: o.messages,
    intended: 2 * o.chats * o.messages,
    lost,
    duplicated,
    outOfOrder,
    extra,
    chatsEqual,
    sendFailures: results.reduce((n, r) => n + r.sendFailures, 0),
    deliveredDespiteFailure: results.reduce((n, r) => n + r.deliveredDespiteFailure, 0),
    startRetries: results.reduce((n, r) => n + r.startAttempts - 1, 0),
    wire,
    faultShare: faultShare(wire),
    durationMs,
    errors: errors.slice(0, 20),
    passed,
  }
}
