import type { ModelEvent } from './model-event.js'

/**
 * A v3 event index `<ms>-<n>`, shaped like a Redis stream id: `n` counts events within the same
 * millisecond (pureengage-v3.md §6 `index`). The widget strips the first '-' and reads a number
 * (real-widget.md §2.7), so `n` stays one digit: every stripped number then has the same digit count,
 * is exact (ms·10 + n < 2^53) and grows strictly with the index.
 */
export interface NexusIndex {
  readonly ms: number
  readonly n: number
}

/** Events per millisecond before the index moves to the next millisecond (keeps `n` one digit). */
const PER_MS = 10

/** The index of the next event: ms = max(event ms, last ms); n = 0 in a new ms, +1 within it. */
export function nextNexusIndex(last: NexusIndex | undefined, eventMs: number): NexusIndex {
  const ms = Math.max(Math.trunc(eventMs), last?.ms ?? 0)
  if (last === undefined || ms > last.ms) return { ms, n: 0 }
  return last.n + 1 < PER_MS ? { ms, n: last.n + 1 } : { ms: ms + 1, n: 0 }
}

/** Reads `<ms>-<n>` as the client sends it back, or undefined when it is not one. */
export function parseNexusIndex(raw: string): NexusIndex | undefined {
  const m = /^(\d{1,16})-(\d{1,9})$/.exec(raw)
  return m === null ? undefined : { ms: Number(m[1]), n: Number(m[2]) }
}

export function compareNexusIndex(a: NexusIndex, b: NexusIndex): number {
  return a.ms === b.ms ? a.n - b.n : a.ms - b.ms
}

/**
 * The position (0-based) of the first event whose index is ≥ `at` (`inclusive`) or > `at`; events are
 * in strictly increasing index order, so a binary search finds it.
 */
export function positionOfIndex(events: readonly ModelEvent[], at: NexusIndex, inclusive: boolean): number {
  let lo = 0
  let hi = events.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const c = compareNexusIndex((events[mid] as ModelEvent).nexusIndex, at)
    if (c < 0 || (!inclusive && c === 0)) lo = mid + 1
    else hi = mid
  }
  return lo
}
