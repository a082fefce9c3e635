import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The Prism release the comparison uses: the newest one whose `engines` admits Node 20. Checked with
 * `npm view @stoplight/prism-cli@<v> engines`: 5.16.0 needs node >=24.18.0, 5.15.10–5.15.11 need >=24.14.0,
 * 5.14.2 declares >=18.20.1 and installs with --engine-strict on Node 20.
 */
export const PRISM_VERSION = '5.14.2'

export type PrismSetup =
  | { readonly ok: true; readonly bin: string }
  | { readonly ok: false; readonly reason: string }

/**
 * Prism is installed on demand into `dir` (bench/.tmp, git-ignored) with npm --engine-strict, outside the
 * workspace: it is a large tool only the comparison needs, so `pnpm install` does not pull it for everyone.
 */
export async function ensurePrism(dir: string): Promise<PrismSetup> {
  const bin = join(dir, 'node_modules', '.bin', 'prism')
  if (existsSync(bin)) return { ok: true, bin }
  const args = ['install', '--prefix', dir, '--engine-strict', '--no-audit', '--no-fund', '--no-save']
  const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
    execFile(
      'npm',
      [...args, `@stoplight/prism-cli@${PRISM_VERSION}`],
      { timeout: 300_000 },
      (error, _out, stderr) => resolve({ code: error === null ? 0 : 1, stderr: String(stderr) }),
    )
  })
  if (result.code === 0 && existsSync(bin)) return { ok: true, bin }
  const line = result.stderr.split('\n').find((l) => /ERR|engine/i.test(l)) ?? result.stderr.slice(0, 200)
  return { ok: false, reason: `npm install @stoplight/prism-cli@${PRISM_VERSION} failed: ${line.trim()}` }
}
