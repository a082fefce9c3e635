/** Heap (bytes, after a full GC) at the points of a soak that matter for the verdict. */
export interface SoakSamples {
  readonly baseline: number
  /** Peak heap while the sessions of each wave were live. */
  readonly live: readonly number[]
  /** Heap once every session of each wave had ended (expired). */
  readonly ended: readonly number[]
}

export interface GrowthVerdict {
  readonly ok: boolean
  /** Heap that stays after the first wave ended (bytes). */
  readonly retainedAfterFirstWave: number
  /** Mean growth of the after-wave heap from one wave to the next (bytes per wave). */
  readonly growthPerWave: number
  /** Heap a wave's live sessions took at their peak (bytes, mean over waves). */
  readonly liveCost: number
  readonly reason: string
}

/**
 * Memory that does not come back after sessions end: the heap after each wave must not keep growing
 * from wave to wave by more than `tolerance` of what a wave's live sessions cost (allocator and JIT
 * noise stay well below that; sessions kept after they end do not).
 */
export function growthVerdict(s: SoakSamples, tolerance = 0.1): GrowthVerdict {
  const waves = s.ended.length
  const first = s.ended[0] ?? s.baseline
  const last = s.ended[waves - 1] ?? s.baseline
  const growthPerWave = waves > 1 ? (last - first) / (waves - 1) : 0
  const liveCost = s.live.reduce((a, b) => a + b - s.baseline, 0) / Math.max(1, s.live.length)
  const ok = waves > 1 && growthPerWave <= tolerance * liveCost
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`
  const reason = ok
    ? `after-wave heap grows ${mb(growthPerWave)} per wave (≤ ${tolerance * 100} % of the ${mb(liveCost)} a wave costs live)`
    : waves < 2
      ? 'needs at least two waves to tell growth from a one-time cost'
      : `after-wave heap grows ${mb(growthPerWave)} per wave (> ${tolerance * 100} % of the ${mb(liveCost)} a wave costs live): memory does not return after sessions end`
  return { ok, retainedAfterFirstWave: first - s.baseline, growthPerWave, liveCost, reason }
}
