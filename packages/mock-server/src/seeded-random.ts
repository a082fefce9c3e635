/** A small seeded PRNG (mulberry32): faults and ids are reproducible for a given seed. */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [0, n). */
  int(n: number): number
  /** `n` random lowercase hex characters. */
  hex(n: number): string
}

export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number): number => Math.floor(next() * n)
  const hex = (n: number): string => {
    let out = ''
    while (out.length < n) out += ((next() * 0x100000000) >>> 0).toString(16).padStart(8, '0')
    return out.slice(0, n)
  }
  return { next, int, hex }
}
