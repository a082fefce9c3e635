import { describe, expect, it } from 'vitest'
import { compareNexusIndex, type NexusIndex, nextNexusIndex, parseNexusIndex } from './nexus-index.js'

const walk = (times: readonly number[]): string[] => {
  let last: NexusIndex | undefined
  return times.map((t) => {
    last = nextNexusIndex(last, t)
    return `${last.ms}-${last.n}`
  })
}

describe('nextNexusIndex', () => {
  it('counts within a millisecond, restarts at 0 in a new one', () => {
    expect(walk([5, 5, 5, 7, 7, 8])).toEqual(['5-0', '5-1', '5-2', '7-0', '7-1', '8-0'])
  })

  it('moves to the next millisecond instead of a tenth event, and never goes back', () => {
    const idx = walk([...Array.from({ length: 12 }, () => 100), 100, 101, 103])
    expect(idx.slice(8, 15)).toEqual(['100-8', '100-9', '101-0', '101-1', '101-2', '101-3', '103-0'])
  })

  it('parses what it renders and orders by (ms, n)', () => {
    expect(parseNexusIndex('1700000000000-9')).toEqual({ ms: 1_700_000_000_000, n: 9 })
    expect(parseNexusIndex('17-x')).toBeUndefined()
    expect(compareNexusIndex({ ms: 2, n: 0 }, { ms: 1, n: 9 })).toBeGreaterThan(0)
    expect(compareNexusIndex({ ms: 1, n: 3 }, { ms: 1, n: 3 })).toBe(0)
  })
})
