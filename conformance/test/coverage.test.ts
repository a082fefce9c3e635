import { describe, expect, it } from 'vitest'
import { allCases } from '../src/cases/index.js'
import { beyondSeedIds, catalogIds } from '../src/catalog-ids.js'
import { computeCoverage, MAX_WAIVER_PERCENT } from '../src/coverage.js'
import { waivers } from '../src/waivers.js'

describe('coverage gate', () => {
  const ids = catalogIds()

  it('the catalog has the 63 documented resolutions and 29 events', () => {
    expect(ids.filter((id) => !id.startsWith('event.'))).toHaveLength(63)
    expect(ids.filter((id) => id.startsWith('event.'))).toHaveLength(29)
  })

  it('every catalog row and event has a case or a reasoned waiver; waivers ≤ 5 %', () => {
    const c = computeCoverage(ids, allCases, waivers, beyondSeedIds())
    expect(c.missing).toEqual([])
    expect(c.problems).toEqual([])
    expect(c.percent).toBe(100)
    expect(c.waiverPercent).toBeLessThanOrEqual(MAX_WAIVER_PERCENT)
  })

  it('fails for a row with neither a case nor a waiver', () => {
    const without = allCases.filter((c) => c.id !== 'endChat.resolved')
    expect(computeCoverage(ids, without, waivers).missing).toEqual(['endChat.resolved'])
  })

  it('refuses reasonless waivers, waivers shadowing a case, unknown ids and too many waivers', () => {
    const c = computeCoverage(
      ids,
      allCases,
      [
        { id: 'endChat.resolved', reason: 'x' },
        { id: 'no.such.row', reason: 'a long enough reason for the gate' },
      ],
      beyondSeedIds(),
    )
    expect(c.problems).toEqual([
      'waiver endChat.resolved also has a case: remove the waiver',
      'waiver endChat.resolved has no written reason',
      'waiver no.such.row names no catalog row or event',
    ])
    const many = ids.slice(0, 6).map((id) => ({ id, reason: 'waived for the sake of this test only' }))
    const rest = allCases.filter((c) => !many.some((w) => w.id === c.id))
    expect(computeCoverage(ids, rest, many).problems.at(-1)).toMatch(/limit 5 %/)
  })

  it('every case cites its catalog row and has a level', () => {
    for (const c of allCases) {
      expect(c.cites[0]).toBe(`specs/webchat-service.yaml#${c.id}`)
      expect(['MUST', 'SHOULD']).toContain(c.level)
    }
  })
})

describe('beyond-seed rows', () => {
  it('are counted apart from the gated seed rows and events', () => {
    const beyond = beyondSeedIds()
    expect(beyond.filter((id) => !id.startsWith('event.'))).toHaveLength(15)
    expect(beyond.filter((id) => id.startsWith('event.'))).toHaveLength(7)
    expect(beyond.filter((id) => catalogIds().includes(id))).toEqual([])
    const c = computeCoverage(catalogIds(), allCases, waivers, beyond)
    expect([c.total, c.beyondSeed, c.beyondSeedByCase]).toEqual([92, 22, 9])
    expect(c.problems).toEqual([])
  })
})
