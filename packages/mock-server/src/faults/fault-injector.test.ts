import { describe, expect, it } from 'vitest'
import { createManualClock } from '../clock.js'
import { parseFaultConfig } from './fault-config.js'
import { FaultInjector } from './fault-injector.js'

const plans = (seed: number, n: number) => {
  const f = new FaultInjector(
    seed,
    { http5xxRate: 0.3, dropRate: 0.2, reorderRate: 0.5, latencyMs: [10, 50] },
    createManualClock(),
  )
  return Array.from({ length: n }, () => f.plan('s', undefined))
}

describe('FaultInjector', () => {
  it('is reproducible for a seed and differs between seeds', () => {
    expect(plans(42, 200)).toEqual(plans(42, 200))
    expect(plans(42, 200)).not.toEqual(plans(43, 200))
  })

  it('draws roughly the configured rates', () => {
    const p = plans(7, 4000)
    const rate = (pred: (x: (typeof p)[number]) => boolean) => p.filter(pred).length / p.length
    expect(rate((x) => x.failure === 'http5xx')).toBeGreaterThan(0.25)
    expect(rate((x) => x.failure === 'http5xx')).toBeLessThan(0.35)
    expect(rate((x) => x.drop)).toBeGreaterThan(0.16)
    expect(rate((x) => x.drop)).toBeLessThan(0.24)
    expect(p.every((x) => x.latencyMs >= 10 && x.latencyMs <= 50)).toBe(true)
  })

  it('failNext queues per session and globally; offline windows follow the clock', () => {
    const clock = createManualClock(0)
    const f = new FaultInjector(1, { offline: [{ fromMs: 1000, toMs: 2000 }] }, clock)
    f.failNext('a', 2, 'statusCode1')
    f.failNext(undefined, 1, 'drop')
    expect(f.plan('b', undefined)).toMatchObject({ failure: undefined, drop: true })
    expect(f.plan('a', undefined).failure).toBe('statusCode1')
    expect(f.plan('a', undefined).failure).toBe('statusCode1')
    expect(f.plan('a', undefined).failure).toBeUndefined()
    clock.advance(1000)
    expect(f.plan('a', undefined).failure).toBe('offline')
    clock.advance(1000)
    expect(f.plan('a', undefined).failure).toBeUndefined()
    expect(f.plan('a', { statusCode2Rate: 1 }).failure).toBe('statusCode2')
  })

  it('rejects bad settings naming the path', () => {
    const r = parseFaultConfig({ dropRate: 2, latencyMs: [1, 'x'], nope: 1 })
    expect(r.ok).toBe(false)
    expect(!r.ok && r.issues.join('\n')).toMatch(/dropRate/)
    expect(!r.ok && r.issues.join('\n')).toMatch(/latencyMs/)
  })
})
