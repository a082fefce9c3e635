import type { CaseResult, CaseStatus } from '../case-result.js'
import type { SuiteReport } from './suite-report.js'

const SYMBOL: Record<CaseStatus, string> = { pass: 'pass', fail: 'FAIL', 'n/a': 'n/a', error: 'ERR' }

/** Row × target matrix as plain text (no colour codes), then failures with their messages. */
export function terminalMatrix(report: SuiteReport): string {
  const targets = report.runs.map((r) => r.target)
  const ids = orderedIds(report)
  const byKey = new Map<string, CaseResult>()
  for (const run of report.runs) for (const r of run.results) byKey.set(`${run.target}\u0000${r.id}`, r)
  const idWidth = Math.max(4, ...ids.map((id) => id.length)) + 2
  const colWidth = Math.max(6, ...targets.map((t) => t.length)) + 2
  const lines: string[] = []
  lines.push(`${'case'.padEnd(idWidth)}${'lvl'.padEnd(8)}${targets.map((t) => t.padEnd(colWidth)).join('')}`)
  for (const id of ids) {
    const level = report.runs.flatMap((r) => r.results).find((r) => r.id === id)?.level ?? ''
    const cells = targets.map((t) => {
      const r = byKey.get(`${t}\u0000${id}`)
      const mark = r === undefined ? '-' : `${SYMBOL[r.status]}${r.warnings.length > 0 ? '!' : ''}`
      return mark.padEnd(colWidth)
    })
    lines.push(`${id.padEnd(idWidth)}${level.padEnd(8)}${cells.join('')}`)
  }
  lines.push('')
  for (const run of report.runs) {
    const s = report.summary[run.target]
    if (s) lines.push(`${run.target}: ${s.pass} pass, ${s.fail} fail, ${s.error} error, ${s['n/a']} n/a`)
  }
  const problems = report.runs.flatMap((run) =>
    run.results.filter((r) => r.status === 'fail' || r.status === 'error').map((r) => ({ run, r })),
  )
  if (problems.length > 0) {
    lines.push('', 'Failures:')
    for (const { run, r } of problems) lines.push(`  [${run.target}] ${r.id} (${r.level}): ${r.message ?? ''}`)
  }
  const warned = report.runs.flatMap((run) => run.results.flatMap((r) => r.warnings.map((w) => ({ run, r, w }))))
  if (warned.length > 0) {
    lines.push('', 'SHOULD findings (marked ! above; they do not fail the run):')
    for (const { run, r, w } of warned) lines.push(`  [${run.target}] ${r.id}: ${w}`)
  }
  if (report.differences.length > 0) {
    lines.push('', `Differential check: ${report.differences.length} difference(s)`)
    for (const d of report.differences) lines.push(`  ${d.id} [${d.left} vs ${d.right}]: ${d.what}`)
  }
  const c = report.coverage
  lines.push(
    '',
    `Coverage: ${c.covered}/${c.total} seed rows and events (${c.percent.toFixed(1)} %): ` +
      `${c.byCase} by a case, ${c.byWaiver} waived (${c.waiverPercent.toFixed(1)} %), ${c.missing.length} missing; ` +
      `${c.beyondSeed} beyond-seed rows and events not gated (${c.beyondSeedByCase} with a case)`,
  )
  lines.push(report.ok ? 'Result: every MUST case passed' : 'Result: MUST failures (see above)')
  return lines.join('\n')
}

function orderedIds(report: SuiteReport): string[] {
  const seen = new Set<string>()
  for (const run of report.runs) for (const r of run.results) seen.add(r.id)
  return [...seen]
}
