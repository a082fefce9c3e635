import type { Clock } from '@chatwire/core'

/** Time source of the mock server: the core's clock, so one virtual clock can drive both. */
export { type Clock, realClock } from '@chatwire/core'

/** A clock that only moves when told to: for tests and the conformance suite. */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms`, firing every due timer in time order (timers armed by timers included). */
  advance(ms: number): void
  /** Like `advance`, but lets pending promise callbacks run after each timer fires. */
  advanceAsync(ms: number): Promise<void>
  /** Number of armed timers. */
  pending(): number
}

interface ManualTimer {
  readonly id: number
  readonly at: number
  readonly fn: () => void
}

export function createManualClock(start = 0): ManualClock {
  let now = start
  let nextId = 1
  const timers = new Map<number, ManualTimer>()
  const due = (until: number): ManualTimer | undefined => {
    let best: ManualTimer | undefined
    for (const t of timers.values()) {
      if (t.at <= until && (best === undefined || t.at < best.at || (t.at === best.at && t.id < best.id)))
        best = t
    }
    return best
  }
  const fireNext = (until: number): boolean => {
    const t = due(until)
    if (t === undefined) return false
    timers.delete(t.id)
    now = Math.max(now, t.at)
    t.fn()
    return true
  }
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++
      timers.set(id, { id, at: now + Math.max(0, ms), fn })
      return id
    },
    clearTimeout(handle) {
      if (typeof handle === 'number') timers.delete(handle)
    },
    advance(ms) {
      const until = now + ms
      while (fireNext(until)) {}
      now = until
    },
    async advanceAsync(ms) {
      const until = now + ms
      await flushMicrotasks()
      while (fireNext(until)) await flushMicrotasks()
      now = until
      await flushMicrotasks()
    },
    pending: () => timers.size,
  }
}

async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve()
}

/** Resolves after `ms` on the given clock (immediately for 0). */
export function sleep(clock: Clock, ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve()
  return new Promise((resolve) => {
    clock.setTimeout(resolve, ms)
  })
}
