import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type { CaseResult } from './case-result.js'
import { terminalMatrix } from './reports/terminal-matrix.js'
import { writeReports } from './reports/write-reports.js'
import { runConformance } from './run-conformance.js'
import type { ConformanceTarget } from './target.js'
import { builtInTargets } from './targets/mock-server-target.js'

const USAGE = `usage: chatwire-conformance (--target ./my-target.mjs ... | --all | --in-process) [--out dir] [--only prefix]
  --target <module>  a module exporting a conformance target (default export or \`target\`); repeatable
  --all              the built-in targets: GMS v2 and Nexus v3 against the mock server, in-process and loopback HTTP
  --in-process       only the built-in in-process targets
  --out <dir>        where report.json, junit.xml, index.html and matrix.txt go (default ./conformance-reports)
  --only <prefix>    only cases whose id starts with the prefix; repeatable`

async function loadTarget(spec: string): Promise<ConformanceTarget | string> {
  const url = pathToFileURL(resolve(spec)).href
  let mod: Record<string, unknown>
  try {
    mod = (await import(url)) as Record<string, unknown>
  } catch (error) {
    return `cannot load ${spec}: ${error instanceof Error ? error.message : String(error)}`
  }
  const t = (mod.default ?? mod.target) as Partial<ConformanceTarget> | undefined
  if (typeof t !== 'object' || t === null || typeof t.name !== 'string' || typeof t.setup !== 'function') {
    return `${spec} exports no target: expected a default export (or \`target\`) with name and setup(env)`
  }
  return t as ConformanceTarget
}

export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}

/** The chatwire-conformance command: returns the exit code (0 = every MUST passed and coverage is complete). */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let args: ReturnType<typeof parse>
  try {
    args = parse([...argv])
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`)
    return 2
  }
  const targets: ConformanceTarget[] = []
  if (args.values.all) targets.push(...builtInTargets.inProcess, ...builtInTargets.loopback)
  else if (args.values['in-process']) targets.push(...builtInTargets.inProcess)
  for (const spec of args.values.target ?? []) {
    const t = await loadTarget(spec)
    if (typeof t === 'string') {
      io.stderr(`${t}\n`)
      return 2
    }
    targets.push(t)
  }
  if (targets.length === 0 || args.values.help) {
    io.stdout(`${USAGE}\n`)
    return targets.length === 0 && !args.values.help ? 2 : 0
  }
  const names = targets.map((t) => t.name)
  const compare: [string, string][] = []
  const pair = (a: string, b: string) => {
    if (names.includes(a) && names.includes(b)) compare.push([a, b])
  }
  // GMS v2 vs Nexus v3 (the differential check), and each protocol in-process vs over real HTTP
  // (the same transport must observe the same thing whatever carries its requests).
  for (const mode of ['in-process', 'loopback']) pair(`gms-v2/${mode}`, `nexus-v3/${mode}`)
  for (const protocol of ['gms-v2', 'nexus-v3']) pair(`${protocol}/in-process`, `${protocol}/loopback`)
  const onResult = (r: CaseResult) => {
    const mark = r.status === 'pass' ? '.' : r.status === 'n/a' ? '-' : 'F'
    io.stdout(mark)
  }
  const report = await runConformance(targets, {
    compare,
    onResult,
    ...(args.values.only === undefined ? {} : { only: args.values.only }),
  })
  io.stdout(`\n\n${terminalMatrix(report)}\n`)
  const out = resolve(args.values.out ?? 'conformance-reports')
  const written = await writeReports(report, out)
  io.stdout(`\nReports: ${written.join(', ')}\n`)
  return report.ok && report.coverage.missing.length === 0 && report.coverage.problems.length === 0 ? 0 : 1
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      target: { type: 'string', multiple: true },
      all: { type: 'boolean' },
      'in-process': { type: 'boolean' },
      out: { type: 'string' },
      only: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
}
