import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeNexusIndex, readNexusIndex } from './nexus-index.js'

/** The widget's reading (real-widget.md §2.7): first '-' removed, the rest a number. */
const widget = (raw: string): number => Number(raw.replace('-', ''))

describe('readNexusIndex', () => {
  it("reads '<ms>-<seq>' (seq < 1000) as ms·1000 + seq and keeps numbers as they are", () => {
    expect(readNexusIndex('1589364591000-3')).toBe(1589364591000003)
    expect(readNexusIndex('1700000000000-12')).toBe(1700000000000012)
    expect(readNexusIndex('1700000000000-999')).toBe(1700000000000999)
    expect(readNexusIndex('0-0')).toBe(0)
    expect(readNexusIndex('007-05')).toBe(7005)
    expect(readNexusIndex('42')).toBe(42)
    expect(readNexusIndex(42)).toBe(42)
    expect(readNexusIndex(1.5)).toBe(1.5)
  })

  it('orders across a millisecond boundary where the widget reading does not', () => {
    const [a, b] = ['1700000000000-12', '1700000000001-0']
    expect(readNexusIndex(a) as number).toBeLessThan(readNexusIndex(b) as number)
    // the widget reading: 15 digits against 14, so the earlier event sorts after the later one
    expect(widget(a)).toBeGreaterThan(widget(b))
    expect(readNexusIndex('1700000000000-999') as number).toBeLessThan(readNexusIndex(b) as number)
    expect(readNexusIndex('1700000000000-9') as number).toBeLessThan(readNexusIndex(a) as number)
  })

  it('falls back to the widget reading when seq has 4+ digits or ms 14+ digits', () => {
    expect(readNexusIndex('1700000000000-1000')).toBe(widget('1700000000000-1000'))
    expect(readNexusIndex('17-1000')).toBe(171000)
    expect(readNexusIndex('17000000000000-1')).toBe(170000000000001)
    expect(readNexusIndex('-5')).toBe(5)
    expect(readNexusIndex('5-')).toBe(5)
  })

  it('refuses what neither rule reads', () => {
    for (const raw of ['', '-', '--', '1-2-3', '17-a', ' 1-2', '1-2 ', '+1-2', '1e3-1', '１-2']) {
      expect(readNexusIndex(raw)).toBeUndefined()
    }
    expect(readNexusIndex(Number.NaN)).toBeUndefined()
    expect(readNexusIndex(Number.POSITIVE_INFINITY)).toBeUndefined()
  })

  it('orders and separates (ms, seq) pairs exactly like the pairs themselves (seq < 1000)', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 8_999_999_999_999 }), fc.nat(999))
    fc.assert(
      fc.property(pair, pair, ([ms1, s1], [ms2, s2]) => {
        const a = readNexusIndex(`${ms1}-${s1}`) as number
        const b = readNexusIndex(`${ms2}-${s2}`) as number
        expect(Number.isSafeInteger(a)).toBe(true)
        const byPair = ms1 === ms2 ? Math.sign(s1 - s2) : Math.sign(ms1 - ms2)
        expect(Math.sign(a - b)).toBe(byPair)
      }),
      { numRuns: 2000 },
    )
  })

  it('agrees with a regex statement of the rule on any digits-and-dashes string', () => {
    const spec = (raw: string): number | undefined => {
      const m = /^(\d{1,13})-(\d{1,3})$/.exec(raw)
      if (m !== null) return Number(m[1]) * 1000 + Number(m[2])
      const digits = raw.replace('-', '')
      return /^\d+$/.test(digits) ? Number(digits) : undefined
    }
    const raw = fc
      .array(fc.constantFrom('0', '1', '7', '9', '-'), { maxLength: 20 })
      .map((chars) => chars.join(''))
    fc.assert(
      fc.property(raw, (r) => {
        expect(readNexusIndex(r)).toBe(spec(r))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('makeNexusIndex', () => {
  it('builds the raw `<ms>-<seq>` and the number readNexusIndex gives it', () => {
    expect(makeNexusIndex(1700000000000, 12)).toEqual({
      wireIndex: '1700000000000-12',
      index: 1700000000000012,
    })
    expect(makeNexusIndex(1700000000000.7, -3)).toEqual({
      wireIndex: '1700000000000-0',
      index: 1700000000000000,
    })
    expect(makeNexusIndex(5, 1000)).toEqual({ wireIndex: '5-1000', index: 51000 })
    expect(Number.isNaN(makeNexusIndex(Number.NaN, 0).index)).toBe(true)
  })
})
