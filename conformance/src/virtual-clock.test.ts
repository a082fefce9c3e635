import { describe, expect, it } from 'vitest'
import { createVirtualClock } from './virtual-clock.js'

describe('createVirtualClock', () => {
  it('fires timers in time order, ties in arming order, and only up to the limit', () => {
    const clock = createVirtualClock(1_000)
    const fired: string[] = []
    clock.setTimeout(() => fired.push('b'), 20)
    clock.setTimeout(() => fired.push('a'), 10)
    clock.setTimeout(() => fired.push('c'), 20)
    clock.setTimeout(() => fired.push('late'), 500)
    while (clock.fireNext(1_100)) {}
    expect(fired).toEqual(['a', 'b', 'c'])
    expect(clock.now()).toBe(1_020)
    expect(clock.nextDue()).toBe(1_500)
  })

  it('cancels timers and never moves backwards', () => {
    const clock = createVirtualClock(0)
    const h = clock.setTimeout(() => {
      throw new Error('cancelled timer fired')
    }, 5)
    clock.clearTimeout(h)
    expect(clock.fireNext(100)).toBe(false)
    clock.moveTo(50)
    clock.moveTo(10)
    expect(clock.now()).toBe(50)
    expect(clock.pending()).toBe(0)
  })
})
