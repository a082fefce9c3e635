import type { Clock } from '../clock.js'
import { createSeededRandom, type SeededRandom } from '../seeded-random.js'
import type { FaultConfig, FaultKind } from './fault-config.js'

/** The faults chosen for one request. */
export interface FaultPlan {
  readonly latencyMs: number
  /** A failure that replaces processing (the request has no effect). */
  readonly failure: 'http5xx' | 'statusCode1' | 'statusCode2' | 'offline' | undefined
  readonly drop: boolean
  readonly duplicate: boolean
  readonly reorder: boolean
}

const NO_FAULT: FaultPlan = {
  latencyMs: 0,
  failure: undefined,
  drop: false,
  duplicate: false,
  reorder: false,
}

/**
 * Decides faults per request from the global and per-session settings, the failNext queues and
 * the offline state. Seeded: the same seed and request sequence gives the same faults.
 */
export class FaultInjector {
  offline = false
  private globalConfig: FaultConfig = {}
  private globalQuiet = true
  readonly random: SeededRandom
  private readonly queues = new Map<string, FaultKind[]>()
  private readonly startedAt: number

  constructor(
    seed: number,
    config: FaultConfig,
    private readonly clock: Clock,
  ) {
    this.random = createSeededRandom(seed)
    this.global = config
    this.startedAt = clock.now()
  }

  get global(): FaultConfig {
    return this.globalConfig
  }

  set global(config: FaultConfig) {
    this.globalConfig = config
    this.globalQuiet = isQuiet(config) && (config.offline === undefined || config.offline.length === 0)
  }

  /** The next `n` chat requests (of this session, or any when sessionId is undefined) get `kind`. */
  failNext(sessionId: string | undefined, n: number, kind: FaultKind): void {
    const key = sessionId ?? '*'
    const queue = this.queues.get(key) ?? []
    for (let i = 0; i < n; i++) queue.push(kind)
    this.queues.set(key, queue)
  }

  /** How many faults are queued for a session (or for any request, '*'). */
  queued(sessionId: string): number {
    return this.queues.get(sessionId)?.length ?? 0
  }

  /** Drops a forgotten session's queue. */
  forget(sessionId: string): void {
    this.queues.delete(sessionId)
  }

  isOffline(session?: FaultConfig): boolean {
    if (this.offline) return true
    const t = this.clock.now() - this.startedAt
    const inWindow = (c: FaultConfig | undefined): boolean =>
      c?.offline?.some((w) => t >= w.fromMs && t < w.toMs) ?? false
    return inWindow(this.global) || inWindow(session)
  }

  /** Plans the faults of one chat request. Draws from the PRNG in a fixed order for reproducibility. */
  plan(sessionId: string | undefined, sessionFaults: FaultConfig | undefined): FaultPlan {
    // fast path (every poll of a quiet server): nothing queued, online, no settings
    if (this.queues.size === 0 && !this.offline && sessionFaults === undefined && this.globalQuiet)
      return NO_FAULT
    const queued = this.takeQueued(sessionId)
    if (this.isOffline(sessionFaults)) return { ...NO_FAULT, failure: 'offline' }
    const c = { ...this.global, ...sessionFaults }
    if (queued === undefined && isQuiet(c)) return NO_FAULT
    const roll = (r: number | undefined): boolean => r !== undefined && r > 0 && this.random.next() < r
    const latency = this.latency(c.latencyMs)
    let failure: FaultPlan['failure']
    if (roll(c.http5xxRate)) failure = 'http5xx'
    else if (roll(c.statusCode1Rate)) failure = 'statusCode1'
    else if (roll(c.statusCode2Rate)) failure = 'statusCode2'
    const plan = {
      latencyMs: latency,
      failure,
      drop: roll(c.dropRate),
      duplicate: roll(c.duplicateRate),
      reorder: roll(c.reorderRate),
    }
    if (queued === undefined) return plan
    switch (queued) {
      case 'latency':
        return { ...plan, latencyMs: Math.max(plan.latencyMs, 5000) }
      case 'http5xx':
      case 'statusCode1':
      case 'statusCode2':
        return { ...plan, failure: queued }
      case 'drop':
        return { ...plan, drop: true }
      case 'duplicate':
        return { ...plan, duplicate: true }
      case 'reorder':
        return { ...plan, reorder: true }
    }
  }

  /** Fisher–Yates with the seeded PRNG. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.random.int(i + 1)
      const a = out[i] as T
      out[i] = out[j] as T
      out[j] = a
    }
    return out
  }

  private takeQueued(sessionId: string | undefined): FaultKind | undefined {
    for (const key of sessionId === undefined ? ['*'] : [sessionId, '*']) {
      const q = this.queues.get(key)
      if (q !== undefined && q.length > 0) {
        const kind = q.shift()
        if (q.length === 0) this.queues.delete(key)
        return kind
      }
    }
    return undefined
  }

  private latency(l: FaultConfig['latencyMs']): number {
    if (l === undefined) return 0
    if (typeof l === 'number') return l
    const [min, max] = l
    return min + Math.floor(this.random.next() * (Math.max(min, max) - min + 1))
  }
}

function isQuiet(c: FaultConfig): boolean {
  return (
    (c.latencyMs === undefined || c.latencyMs === 0) &&
    !c.http5xxRate &&
    !c.statusCode1Rate &&
    !c.statusCode2Rate &&
    !c.dropRate &&
    !c.duplicateRate &&
    !c.reorderRate
  )
}
