import type { CaseStatus, TargetRun } from '../case-result.js'
import type { CoverageReport } from '../coverage.js'
import type { Difference } from '../differential.js'

/** Everything one run produced: what report.json holds and every other report is drawn from. */
export interface SuiteReport {
  readonly tool: '@chatwire/conformance'
  readonly version: string
  readonly startedAt: string
  readonly runs: readonly TargetRun[]
  readonly coverage: CoverageReport
  readonly differences: readonly Difference[]
  readonly summary: Readonly<Record<string, Readonly<Record<CaseStatus, number>>>>
  /** True when no MUST case failed or errored on any target. */
  readonly ok: boolean
}

export function summarise(runs: readonly TargetRun[]): SuiteReport['summary'] {
  const summary: Record<string, Record<CaseStatus, number>> = {}
  for (const run of runs) {
    const counts: Record<CaseStatus, number> = { pass: 0, fail: 0, 'n/a': 0, error: 0 }
    for (const r of run.results) counts[r.status]++
    summary[run.target] = counts
  }
  return summary
}

/** A run passes when every MUST case passed or was n/a with its alternate holding. */
export function isOk(runs: readonly TargetRun[]): boolean {
  return runs.every((run) =>
    run.results.every((r) => r.level === 'SHOULD' || r.status === 'pass' || r.status === 'n/a'),
  )
}
