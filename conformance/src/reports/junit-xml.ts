import type { SuiteReport } from './suite-report.js'

/** JUnit XML: one <testsuite> per target, one <testcase> per case; n/a cases are <skipped> with the reason. */
export function junitXml(report: SuiteReport): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>']
  const all = report.runs.flatMap((r) => r.results)
  const failures = all.filter((r) => r.status === 'fail').length
  const errors = all.filter((r) => r.status === 'error').length
  out.push(
    `<testsuites name="chatwire-conformance" tests="${all.length}" failures="${failures}" errors="${errors}">`,
  )
  for (const run of report.runs) {
    const rs = run.results
    const time = (rs.reduce((n, r) => n + r.durationMs, 0) / 1000).toFixed(3)
    out.push(
      `  <testsuite name="${esc(run.target)}" tests="${rs.length}" failures="${count(rs, 'fail')}" ` +
        `errors="${count(rs, 'error')}" skipped="${count(rs, 'n/a')}" time="${time}" timestamp="${esc(report.startedAt)}">`,
    )
    for (const r of rs) {
      const head = `    <testcase classname="${esc(`${run.target}.${r.id.split('.')[0]}`)}" name="${esc(`${r.id} [${r.level}] ${r.title}`)}" time="${(r.durationMs / 1000).toFixed(3)}"`
      const body: string[] = []
      if (r.status === 'fail') body.push(`      <failure message="${esc(r.message ?? '')}" type="${r.level}"/>`)
      if (r.status === 'error') body.push(`      <error message="${esc(r.message ?? '')}" type="error"/>`)
      if (r.status === 'n/a') body.push(`      <skipped message="${esc(`n/a: ${r.message ?? ''}`)}"/>`)
      const system = [...r.warnings.map((w) => `SHOULD: ${w}`), ...r.notes]
      if (system.length > 0) body.push(`      <system-out>${esc(system.join('\n'))}</system-out>`)
      out.push(body.length === 0 ? `${head}/>` : `${head}>\n${body.join('\n')}\n    </testcase>`)
    }
    out.push('  </testsuite>')
  }
  out.push('</testsuites>', '')
  return out.join('\n')
}

function count(rs: readonly { status: string }[], status: string): number {
  return rs.filter((r) => r.status === status).length
}

export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}
