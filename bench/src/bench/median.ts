/** The middle value (the lower middle for an even count). */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN
}

/** The value below which `p` (0..1) of the samples fall (nearest rank). */
export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN
}

/** Operations per second of `fn`, over `ms` of real time, in batches so the clock is read rarely. */
export function opsPerSecond(fn: () => unknown, ms: number): number {
  let ops = 0
  let sink = 0
  const start = performance.now()
  let now = start
  while (now - start < ms) {
    for (let i = 0; i < 50; i++) sink += fn() ? 1 : 0
    ops += 50
    now = performance.now()
  }
  if (sink < 0) throw new Error('unreachable')
  return (ops * 1000) / (now - start)
}
