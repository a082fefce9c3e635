/** The clock shape the core and the mock server take: one virtual clock drives both. */
export interface Clock {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** A clock that moves only when the runner says so. Timers fire in time order, ties in arming order. */
export interface VirtualClock extends Clock {
  /** When the earliest armed timer is due, or undefined when none is armed. */
  nextDue(): number | undefined
  /** Fires the earliest timer due at or before `limit` (moving time to it). False when there is none. */
  fireNext(limit: number): boolean
  /** Moves time to `at` (never backwards) without firing anything. */
  moveTo(at: number): void
  /** Number of armed timers. */
  pending(): number
}

interface Timer {
  readonly id: number
  readonly at: number
  readonly fn: () => void
}

/** Starts at a fixed, realistic epoch so timestamps look like real ones and runs are reproducible. */
export const VIRTUAL_EPOCH = Date.UTC(2026, 0, 1, 9, 0, 0)

export function createVirtualClock(start = VIRTUAL_EPOCH): VirtualClock {
  let now = start
  let nextId = 1
  const timers = new Map<number, Timer>()
  const earliest = (): Timer | undefined => {
    let best: Timer | undefined
    for (const t of timers.values()) {
      if (best === undefined || t.at < best.at || (t.at === best.at && t.id < best.id)) best = t
    }
    return best
  }
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++
      const delay = Number.isFinite(ms) && ms > 0 ? ms : 0
      timers.set(id, { id, at: now + delay, fn })
      return id
    },
    clearTimeout(handle) {
      if (typeof handle === 'number') timers.delete(handle)
    },
    nextDue: () => earliest()?.at,
    fireNext(limit) {
      const t = earliest()
      if (t === undefined || t.at > limit) return false
      timers.delete(t.id)
      now = Math.max(now, t.at)
      t.fn()
      return true
    },
    moveTo(at) {
      now = Math.max(now, at)
    },
    pending: () => timers.size,
  }
}
