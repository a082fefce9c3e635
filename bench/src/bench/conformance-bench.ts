import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

export type ConformanceFigure =
  | {
      readonly ok: true
      readonly seconds: number
      readonly targets: number
      readonly cases: number
      readonly passed: number
      /** Cases that failed or errored (n/a cases are neither). */
      readonly failed: number
      readonly suitePassed: boolean
    }
  | { readonly ok: false; readonly reason: string }

/** Real ms the CLI may run before it is killed and the figure reported as missing (not a speed limit). */
const CONFORMANCE_BUDGET_MS = 15 * 60_000

/** Wall time of the conformance CLI over every built-in target (and its example third-party target). */
export async function conformanceBench(
  workspaceRoot: string,
  outDir: string,
  budgetMs = CONFORMANCE_BUDGET_MS,
): Promise<ConformanceFigure> {
  const dir = join(workspaceRoot, 'conformance')
  const cli = join(dir, 'dist', 'cli.js')
  if (!existsSync(cli)) return { ok: false, reason: 'conformance CLI not built (conformance/dist/cli.js)' }
  const args = [cli, '--all', '--target', 'examples/json-long-poll-target.mjs', '--out', outDir]
  // A report left by an earlier run must not pass for this one's.
  rmSync(outDir, { recursive: true, force: true })
  const t0 = performance.now()
  let killed = false
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: dir, stdio: 'ignore' })
    const timer = setTimeout(() => {
      killed = true
      child.kill('SIGKILL')
    }, budgetMs)
    child.once('exit', (c) => {
      clearTimeout(timer)
      resolve(c ?? 1)
    })
  })
  const seconds = (performance.now() - t0) / 1000
  if (killed)
    return { ok: false, reason: `conformance CLI did not finish within ${budgetMs / 1000} s; killed` }
  const reportPath = join(outDir, 'report.json')
  if (!existsSync(reportPath))
    return { ok: false, reason: `conformance CLI exited with ${code} and wrote no report` }
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
    summary: Record<string, Record<string, number>>
    ok: boolean
  }
  const runs = Object.values(report.summary)
  const cases = runs.reduce((n, r) => n + Object.values(r).reduce((a, b) => a + b, 0), 0)
  const passed = runs.reduce((n, r) => n + (r.pass ?? 0), 0)
  const failed = runs.reduce((n, r) => n + (r.fail ?? 0) + (r.error ?? 0), 0)
  return {
    ok: true,
    seconds,
    targets: runs.length,
    cases,
    passed,
    failed,
    suitePassed: code === 0 && report.ok,
  }
}

/** The monorepo root (this file is bench/dist/bench/conformance-bench.js). */
export function workspaceRoot(): string {
  return new URL('../../../', import.meta.url).pathname.replace(/\/$/, '')
}
