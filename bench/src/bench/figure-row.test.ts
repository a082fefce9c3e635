import { describe, expect, it } from 'vitest'
import { formatTable, missedBy, targetRow } from './figure-row.js'

describe('targetRow', () => {
  it('meets a minimum ratio at or above it', () => {
    expect(targetRow('decode', '1', '2', 0.5, { min: 0.5 }).met).toBe(true)
    expect(targetRow('decode', '1', '2', 0.49, { min: 0.5 }).met).toBe(false)
  })

  it('meets a maximum ratio at or below it', () => {
    expect(targetRow('size', '1', '2', 1, { max: 1 }).met).toBe(true)
    expect(targetRow('size', '1', '2', 1.2, { max: 1 }).met).toBe(false)
  })

  it('has no verdict without a target or without a measurement', () => {
    expect(targetRow('latency', '1', '2', 2, undefined).met).toBeUndefined()
    expect(targetRow('vs Prism', '1', 'n/a', undefined, { min: 2 }).met).toBeUndefined()
  })
})

describe('missedBy and formatTable', () => {
  it('says by how much a target is missed', () => {
    expect(missedBy(targetRow('decode', '', '', 0.25, { min: 0.5 }))).toBe('50 % short of ≥ 0.5')
    expect(missedBy(targetRow('size', '', '', 1.5, { max: 1 }))).toBe('50 % over ≤ 1')
    expect(missedBy(targetRow('size', '', '', 0.5, { max: 1 }))).toBe('')
  })

  it('prints one line per row with the verdict', () => {
    const table = formatTable([
      targetRow('a', '1', '2', 0.5, { min: 0.5 }),
      targetRow('b', '3', 'n/a', undefined, undefined),
    ])
    expect(table.split('\n')).toHaveLength(4)
    expect(table).toContain('| a | 1 | 2 | 0.500 | ≥ 0.5 | yes |')
    expect(table).toContain('| b | 3 | n/a | n/a |  |  |')
  })
})
