import { describe, expect, it } from 'vitest'
import type { TargetRun } from '../src/case-result.js'
import { computeCoverage } from '../src/coverage.js'
import { differential } from '../src/differential.js'
import { htmlReport } from '../src/reports/html-report.js'
import { junitXml } from '../src/reports/junit-xml.js'
import { isOk, type SuiteReport, summarise } from '../src/reports/suite-report.js'
import { terminalMatrix } from '../src/reports/terminal-matrix.js'
import { checkReportedRow } from '../src/run-suite.js'

const result = (id: string, status: 'pass' | 'fail' | 'n/a', events: string[], value = '"x"') => ({
  id,
  target: 't',
  level: 'MUST' as const,
  title: `title of ${id}`,
  cites: [`specs/webchat-service.yaml#${id}`],
  status,
  ...(status === 'pass' ? {} : { message: status === 'fail' ? 'expected <a> & "b"' : 'capability off' }),
  notes: [],
  warnings: id === 'a.resolved' ? ['the sent message never came back'] : [],
  durationMs: 3,
  virtualMs: 1000,
  observation: { commands: [{ name: 'startChat', status: 'resolved', value }], events },
})

const left: TargetRun = {
  target: 'left',
  results: [
    result('a.resolved', 'pass', ['ready', 'started']),
    result('b.resolved', 'fail', ['ready']),
    result('c.resolved', 'pass', ['ready', 'botConnected', 'started']),
  ],
}
const right: TargetRun = {
  target: 'right',
  results: [
    result('a.resolved', 'pass', ['ready', 'started'], '"y"'),
    result('b.resolved', 'n/a', []),
    result('c.resolved', 'pass', ['ready', 'started']),
  ],
}

function report(): SuiteReport {
  return {
    tool: '@chatwire/conformance',
    version: '0.0.0',
    startedAt: '2026-01-01T00:00:00.000Z',
    runs: [left, right],
    coverage: computeCoverage(
      ['a.resolved', 'b.resolved', 'c.resolved'],
      [],
      [{ id: 'c.resolved', reason: 'a written reason long enough' }],
    ),
    differences: differential(left, right, new Set(['botConnected'])),
    summary: summarise([left, right]),
    ok: isOk([left, right]),
  }
}

describe('reports', () => {
  it('the differential check lists value differences, skips n/a rows and transport-only events', () => {
    expect(report().differences).toEqual([
      {
        id: 'a.resolved',
        left: 'left',
        right: 'right',
        what: 'command #1: startChat resolved "x" vs startChat resolved "y"',
      },
    ])
  })

  it('the terminal matrix shows row × target and the coverage figure', () => {
    const text = terminalMatrix(report())
    expect(text).toMatch(/b\.resolved\s+MUST\s+FAIL\s+n\/a/)
    expect(text).toMatch(/a\.resolved\s+MUST\s+pass!\s+pass!/)
    expect(text).toContain('[left] a.resolved: the sent message never came back')
    expect(text).toContain('left: 2 pass, 1 fail, 0 error, 0 n/a')
    expect(text).toContain('Coverage: 1/3 seed rows and events (33.3 %)')
    expect(text).toContain('Result: MUST failures')
  })

  it('JUnit XML escapes messages and marks n/a as skipped', () => {
    const xml = junitXml(report())
    expect(xml).toContain('<failure message="expected &lt;a&gt; &amp; &quot;b&quot;" type="MUST"/>')
    expect(xml).toContain('<skipped message="n/a: capability off"/>')
    expect(xml).toMatch(/<testsuite name="left" tests="3" failures="1" errors="0" skipped="0"/)
  })

  it('the HTML page embeds the rows as inert JSON and has the filters', () => {
    const html = htmlReport(report())
    expect(html).toContain('id="f-status"')
    expect(html).toContain('id="f-target"')
    expect(html).not.toContain('expected <a>')
    const json = html.match(/<script type="application\/json" id="data">(.*)<\/script>/)?.[1] ?? ''
    expect(JSON.parse(json).rows).toHaveLength(6)
  })
})

describe('catalog row codes', () => {
  const harness = (rows: (string | undefined)[]) => {
    const warnings: string[] = []
    return {
      log: rows.map((row) => ({
        name: 'x',
        outcome: { status: 'rejected' as const, value: 1, ...(row ? { row } : {}) },
      })),
      warn: (w: string) => void warnings.push(w),
      warnings,
    }
  }
  const c = (id: string) => ({
    id,
    level: 'MUST' as const,
    cites: [id],
    title: id,
    run: async () => undefined,
  })

  it('warns when no command of a resolution case reported its row, and only then', () => {
    const wrong = harness(['startChat.resolved', 'startChat.rejected.ajax-exception'])
    checkReportedRow(c('startChat.rejected.server-exception'), wrong as never)
    expect(wrong.warnings).toEqual([
      'no command reported the catalog row startChat.rejected.server-exception (reported: startChat.resolved, startChat.rejected.ajax-exception)',
    ])
    for (const [id, rows] of [
      ['startChat.resolved', ['startChat.resolved']],
      ['startChat.resolved', [undefined]],
      ['event.ready', ['startChat.resolved']],
      ['getSessionData.rejected.never', ['getSessionData.resolved.gms-v2']],
    ] as const) {
      const h = harness([...rows])
      checkReportedRow(c(id), h as never)
      expect(h.warnings).toEqual([])
    }
  })
})
