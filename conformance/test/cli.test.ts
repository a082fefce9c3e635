import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../src/cli-main.js'

const example = resolve(import.meta.dirname, '../examples/json-long-poll-target.mjs')

function capture() {
  const out: string[] = []
  const err: string[] = []
  return {
    io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) },
    out,
    err,
  }
}

describe('chatwire-conformance CLI', () => {
  const dirs: string[] = []
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true })
  })

  it('runs every case on a third-party target module and writes the four reports', async () => {
    const out = await mkdtemp(join(tmpdir(), 'chatwire-conformance-'))
    dirs.push(out)
    const c = capture()
    const code = await runCli(['--target', example, '--out', out], c.io)
    const text = c.out.join('')
    expect(c.err.join('')).toBe('')
    expect(text).toMatch(/json-long-poll\/loopback: \d+ pass, 0 fail, 0 error, \d+ n\/a/)
    expect(text).toContain(
      'Coverage: 92/92 seed rows and events (100.0 %): 92 by a case, 0 waived (0.0 %), 0 missing; 22 beyond-seed rows and events not gated (9 with a case)',
    )
    expect(code).toBe(0)
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'))
    expect(report.runs[0].transport).toBe('json-long-poll')
    expect(report.runs[0].results).toHaveLength(101)
    expect(await readFile(join(out, 'junit.xml'), 'utf8')).toContain(
      '<testsuite name="json-long-poll/loopback"',
    )
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('chatwire conformance report')
    expect(await readFile(join(out, 'target-json-long-poll-loopback.html'), 'utf8')).toContain(
      'json-long-poll/loopback',
    )
  })

  it('refuses a module that exports no target, with a one-line reason', async () => {
    const c = capture()
    const code = await runCli(['--target', resolve(import.meta.dirname, '../package.json')], c.io)
    expect(code).toBe(2)
    expect(c.err.join('')).toMatch(/cannot load|exports no target/)
  })

  it('prints the usage without a target', async () => {
    const c = capture()
    expect(await runCli([], c.io)).toBe(2)
    expect(c.out.join('')).toContain('usage: chatwire-conformance')
  })
})
