import { describe, expect, it } from 'vitest'
import { median, percentile } from './median.js'

describe('median and percentile', () => {
  it('takes the middle value whatever the input order', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2)
  })

  it('uses the nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i)
    expect(percentile(xs, 0.5)).toBe(50)
    expect(percentile(xs, 0.99)).toBe(99)
    expect(percentile([7], 0.99)).toBe(7)
  })

  it('is NaN for no samples', () => {
    expect(median([])).toBeNaN()
  })
})
