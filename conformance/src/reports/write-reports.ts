import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { htmlReport } from './html-report.js'
import { junitXml } from './junit-xml.js'
import type { SuiteReport } from './suite-report.js'
import { terminalMatrix } from './terminal-matrix.js'

/**
 * Writes report.json, junit.xml, index.html (every target) and matrix.txt into `dir`, plus one HTML
 * page per target (`target-<name>.html`); returns the paths written.
 */
export async function writeReports(report: SuiteReport, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const files: [string, string][] = [
    ['report.json', `${JSON.stringify(report, null, 2)}\n`],
    ['junit.xml', junitXml(report)],
    ['index.html', htmlReport(report)],
    ['matrix.txt', `${terminalMatrix(report)}\n`],
    ...report.runs.map((run): [string, string] => [
      `target-${run.target.replace(/[^a-zA-Z0-9.-]+/g, '-')}.html`,
      htmlReport({ ...report, runs: [run], differences: [] }),
    ]),
  ]
  const written: string[] = []
  for (const [name, content] of files) {
    const path = join(dir, name)
    await writeFile(path, content)
    written.push(path)
  }
  return written
}
