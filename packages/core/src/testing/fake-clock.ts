import type { Clock } from '../config/clock.js'

/** A virtual clock for tests: timers run only when `advance` moves time past them. */
export interface FakeClock extends Clock {
  /** Moves time forward by `ms`, running due timers in order and settling promises between them. */
  advance(ms: number): Promise<void>
  /** Settles pending promise chains without moving time. */
  flush(): Promise<void>
  /** Number of armed timers. */
  pending(): number
}

interface Timer {
  readonly id: number
  readonly at: number
  readonly fn: () => void
}

export function createFakeClock(start = 1_700_000_000_000): FakeClock {
  let now = start
  let nextId = 1
  let timers: Timer[] = []
  const flush = async (): Promise<void> => {
    for (let i = 0; i < 50; i++) await Promise.resolve()
  }
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const timer = { id: nextId++, at: now + Math.max(0, ms), fn }
      timers.push(timer)
      return timer.id
    },
    clearTimeout(handle) {
      timers = timers.filter((t) => t.id !== handle)
    },
    async advance(ms) {
      const target = now + ms
      await flush()
      for (;;) {
        const due = timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0]
        if (!due) break
        timers = timers.filter((t) => t !== due)
        now = Math.max(now, due.at)
        due.fn()
        await flush()
      }
      now = target
      await flush()
    },
    flush,
    pending: () => timers.length,
  }
}
