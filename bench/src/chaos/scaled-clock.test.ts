import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createScaledClock } from './scaled-clock.js'

describe('createScaledClock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('fires a timer after ms / scale real ms and advances now() scale times faster', () => {
    const clock = createScaledClock(10)
    const fired: number[] = []
    clock.setTimeout(() => fired.push(clock.now()), 500)
    vi.advanceTimersByTime(49)
    expect(fired).toEqual([])
    vi.advanceTimersByTime(1)
    expect(fired).toEqual([1_000_000 + 500])
  })

  it('cancels a timer', () => {
    const clock = createScaledClock(10)
    const fn = vi.fn()
    clock.clearTimeout(clock.setTimeout(fn, 100))
    vi.advanceTimersByTime(100)
    expect(fn).not.toHaveBeenCalled()
  })

  it('refuses a scale that is not positive', () => {
    expect(() => createScaledClock(0)).toThrow(RangeError)
  })
})
