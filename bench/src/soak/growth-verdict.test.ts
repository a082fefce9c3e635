import { describe, expect, it } from 'vitest'
import { growthVerdict } from './growth-verdict.js'

const MB = 2 ** 20

describe('growthVerdict', () => {
  it('passes when the heap returns to the same level after every wave', () => {
    const v = growthVerdict({
      baseline: 10 * MB,
      live: [60 * MB, 61 * MB, 60 * MB],
      ended: [12 * MB, 12.5 * MB, 12.2 * MB],
    })
    expect(v.ok).toBe(true)
    expect(v.retainedAfterFirstWave).toBe(2 * MB)
  })

  it('fails when every wave leaves its sessions behind', () => {
    const v = growthVerdict({
      baseline: 10 * MB,
      live: [60 * MB, 90 * MB, 120 * MB],
      ended: [40 * MB, 70 * MB, 100 * MB],
    })
    expect(v.ok).toBe(false)
    expect(v.growthPerWave).toBe(30 * MB)
    expect(v.reason).toContain('does not return')
  })

  it('cannot judge a single wave', () => {
    expect(growthVerdict({ baseline: 0, live: [5], ended: [1] }).ok).toBe(false)
  })
})
