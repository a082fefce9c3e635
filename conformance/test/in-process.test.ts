import { beforeAll, describe, expect, it } from 'vitest'
import type { SuiteReport } from '../src/reports/suite-report.js'
import { runConformance } from '../src/run-conformance.js'
import { builtInTargets } from '../src/targets/mock-server-target.js'

describe('the suite on the built-in in-process targets (GMS v2 and Nexus v3 against the mock server)', () => {
  let report: SuiteReport

  beforeAll(async () => {
    report = await runConformance(builtInTargets.inProcess, {
      compare: [['gms-v2/in-process', 'nexus-v3/in-process']],
    })
  })

  it('runs all 101 cases on both targets (92 seed rows and events, 9 beyond the seed)', () => {
    expect(report.runs.map((r) => [r.target, r.transport, r.results.length])).toEqual([
      ['gms-v2/in-process', 'gms-v2', 101],
      ['nexus-v3/in-process', 'nexus-v3', 101],
    ])
  })

  it('every MUST case passes, or is n/a with its documented alternate holding', () => {
    const failures = report.runs.flatMap((run) =>
      run.results
        .filter((r) => r.status === 'fail' || r.status === 'error')
        .map((r) => `[${run.target}] ${r.id}: ${r.message}`),
    )
    expect(failures).toEqual([])
    expect(report.ok).toBe(true)
  })

  it('n/a comes only from declared capabilities or a transport-specific row, always with the reason', () => {
    const na = report.runs.flatMap((run) => run.results.filter((r) => r.status === 'n/a'))
    for (const r of na)
      expect(r.message).toMatch(/capabilities\.\w+ = (true|false)|documented for the \S+ transport only/)
    const v2 = report.runs[0]?.results.filter((r) => r.status === 'n/a').map((r) => r.id) ?? []
    expect(v2).toContain('getSessionData.resolved.nexus-v3')
    expect(v2).not.toContain('getSessionData.resolved.gms-v2')
    // beyond the seed: GMS has file limits, v3 rejects getFileLimits as not supported
    expect(v2).toContain('getFileLimits.rejected.not-supported')
    expect(v2).not.toContain('getFileLimits.resolved')
    const v3 = report.runs[1]?.results.filter((r) => r.status === 'n/a').map((r) => r.id) ?? []
    expect(v3).toEqual(
      expect.arrayContaining(['sendCustomNotice.resolved', 'event.botConnected', 'event.connectionPending']),
    )
    expect(v3).toContain('getFileLimits.resolved')
    expect(v3).not.toContain('getFileLimits.rejected.not-supported')
  })

  it('covers every catalog row and event; the differential check compares the rows both support', () => {
    expect(report.coverage.percent).toBe(100)
    const both = report.runs[0]?.results.filter(
      (r) => r.status !== 'n/a' && report.runs[1]?.results.find((x) => x.id === r.id)?.status !== 'n/a',
    )
    expect(both?.length).toBeGreaterThan(60)
    for (const d of report.differences) expect(both?.map((r) => r.id)).toContain(d.id)
  })
})
