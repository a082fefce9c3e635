import { describe, expect, it } from 'vitest'
import { delayUntilNextPoll, nextPollInterval, pollCadence } from './poll-cadence.js'

describe('poll cadence', () => {
  it('ramps from 500 ms by ×1.2 (rounded down) to 3000 ms and stays there', () => {
    const intervals: number[] = [pollCadence.min]
    for (let i = 0; i < 12; i++) intervals.push(nextPollInterval(intervals.at(-1) ?? 0))
    expect(intervals).toEqual([500, 600, 720, 864, 1036, 1243, 1491, 1789, 2146, 2575, 3000, 3000, 3000])
  })

  it('counts the interval from the start of the previous poll, never negative', () => {
    expect(delayUntilNextPoll(1000, 10_000, 10_300)).toBe(700)
    expect(delayUntilNextPoll(1000, 10_000, 12_000)).toBe(0)
  })
})
