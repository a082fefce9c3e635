import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { conformanceBench } from './conformance-bench.js'

/** A workspace whose conformance CLI is `body` (a stand-in for the real one: behaviour under test is the bench's). */
function workspaceWithCli(body: string): { root: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'conformance-bench-'))
  mkdirSync(join(root, 'conformance', 'dist'), { recursive: true })
  writeFileSync(join(root, 'conformance', 'dist', 'cli.js'), body)
  return { root, out: join(root, 'out') }
}

describe('conformanceBench', () => {
  it('removes an earlier report before running, so a CLI that writes none is reported as such', async () => {
    const { root, out } = workspaceWithCli('process.exit(3)\n')
    mkdirSync(out)
    writeFileSync(join(out, 'report.json'), JSON.stringify({ ok: true, summary: { old: { pass: 9 } } }))
    expect(await conformanceBench(root, out)).toEqual({
      ok: false,
      reason: 'conformance CLI exited with 3 and wrote no report',
    })
  })

  it('kills a CLI that runs past its budget', async () => {
    const { root, out } = workspaceWithCli('setInterval(() => undefined, 1000)\n')
    expect(await conformanceBench(root, out, 300)).toEqual({
      ok: false,
      reason: 'conformance CLI did not finish within 0.3 s; killed',
    })
  })
})
