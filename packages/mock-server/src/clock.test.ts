import { describe, expect, it } from 'vitest'
import { createManualClock, sleep } from './clock.js'

describe('createManualClock', () => {
  it('fires timers in time order, including timers armed by timers, and honours clearTimeout', () => {
    const clock = createManualClock(100)
    const log: string[] = []
    clock.setTimeout(() => log.push(`b@${clock.now()}`), 20)
    const cancelled = clock.setTimeout(() => log.push('never'), 15)
    clock.setTimeout(() => {
      log.push(`a@${clock.now()}`)
      clock.setTimeout(() => log.push(`c@${clock.now()}`), 5)
    }, 10)
    clock.clearTimeout(cancelled)
    clock.advance(14)
    expect(log).toEqual(['a@110'])
    clock.advance(100)
    expect(log).toEqual(['a@110', 'c@115', 'b@120'])
    expect(clock.now()).toBe(214)
    expect(clock.pending()).toBe(0)
  })

  it('sleep resolves on advanceAsync', async () => {
    const clock = createManualClock()
    let done = false
    void sleep(clock, 50).then(() => {
      done = true
    })
    await clock.advanceAsync(49)
    expect(done).toBe(false)
    await clock.advanceAsync(1)
    expect(done).toBe(true)
  })
})
