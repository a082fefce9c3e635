// pnpm bench: every benchmark in one run, one table of ratios against baselines measured in the same run.
// Writes bench/results.md and bench/results.json. Durations: BENCH_SECONDS (load, default 5), BENCH_MS (decode rounds, default 1000).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { bundleBench } from './bench/bundle-bench.js'
import { conformanceBench, workspaceRoot } from './bench/conformance-bench.js'
import { decodeBench } from './bench/decode-bench.js'
import { endToEndBench } from './bench/e2e-bench.js'
import { type FigureRow, formatTable, targetRow } from './bench/figure-row.js'
import { loopbackBench } from './bench/loopback-bench.js'
import { describeMachine } from './bench/machine.js'
import { memoryBench } from './bench/memory-bench.js'
import { ensurePrism } from './bench/prism-setup.js'
import { protocols } from './bench/protocol-client.js'

const root = workspaceRoot()
const benchDir = join(root, 'bench')
const tmp = join(benchDir, '.tmp')
mkdirSync(tmp, { recursive: true })
const seconds = Number(process.env.BENCH_SECONDS ?? 5)
const decodeMs = Number(process.env.BENCH_MS ?? 1000)
const log = (s: string) => process.stderr.write(`${s}\n`)
const n = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits })
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const startedAt = new Date().toISOString()
const rows: FigureRow[] = []

log('decode …')
const decode = []
for (const p of protocols) decode.push(await decodeBench(p, decodeMs))
for (const d of decode)
  rows.push(
    targetRow(
      `decode ${d.protocol} poll reply (${d.events} events, ${n(d.bytes)} B), ops/s`,
      n(d.decodeOpsPerSec),
      `JSON.parse ${n(d.jsonParseOpsPerSec)}`,
      d.ratio,
      { min: 0.5 },
    ),
  )

log('prism …')
const prismSetup = await ensurePrism(join(tmp, 'prism'))
log(prismSetup.ok ? `prism at ${prismSetup.bin}` : `prism: ${prismSetup.reason}`)
log(`loopback (${seconds} s per server) …`)
const loop = await loopbackBench({
  sessions: 1000,
  connections: 32,
  seconds,
  rounds: 3,
  prism: prismSetup.ok
    ? { bin: prismSetup.bin, spec: join(root, 'specs', 'gms-chat-v2.openapi.yaml') }
    : { missing: prismSetup.reason },
})
const bare = loop.rows.find((r) => r.server === 'bare node:http')
const mock = loop.rows.find((r) => r.server === 'chatwire mock-server')
const prism = loop.rows.find((r) => r.server === 'Prism')
if (bare === undefined || mock === undefined) throw new Error('loopback rows missing')
const where = `${loop.sessions} live sessions, ${loop.connections} connections`
rows.push(
  targetRow(
    `mock-server GMS refresh req/s (${where})`,
    n(mock.rps),
    `bare node:http ${n(bare.rps)}`,
    mock.rps / bare.rps,
    { min: 0.5 },
  ),
  targetRow(
    'mock-server req/s vs Prism (same requests)',
    n(mock.rps),
    prism === undefined ? `n/a: ${loop.prismMissing}` : `Prism ${n(prism.rps)}`,
    prism === undefined ? undefined : mock.rps / prism.rps,
    { min: 2 },
  ),
)
for (const r of loop.rows)
  rows.push(
    targetRow(
      `${r.server} latency p50 / p99 (ms), reply ${n(r.replyBytes)} B${r.errors + r.non2xx > 0 ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : ''}`,
      `${r.p50Ms} / ${r.p99Ms}`,
      `bare ${bare.p50Ms} / ${bare.p99Ms} (ratio of p99s)`,
      r.p99Ms / Math.max(bare.p99Ms, 1),
      undefined,
    ),
  )

log('memory …')
const memory = protocols.map((p) => memoryBench(p, 10_000))
for (const m of memory)
  rows.push(
    targetRow(
      `memory per idle ${m.protocol} session (${n(m.sessions)} sessions)`,
      kb(m.bytesPerSession),
      'budget 20.0 kB',
      m.bytesPerSession / (20 * 1024),
      { max: 1 },
    ),
  )

log('bundles …')
const bundles = await bundleBench()
for (const b of bundles)
  rows.push(
    targetRow(
      `${b.name}, gzip`,
      kb(b.gzipBytes),
      `budget ${kb(b.budgetBytes)}`,
      b.gzipBytes / b.budgetBytes,
      { max: 1 },
    ),
  )

log('end to end …')
const e2e = []
for (const p of protocols) e2e.push(await endToEndBench(p, 200))
for (const e of e2e)
  rows.push(
    targetRow(
      `end to end ${e.protocol}: agent message → messageReceived, p50 / p99 ms`,
      `${e.p50Ms.toFixed(2)} / ${e.p99Ms.toFixed(2)}`,
      `bare fetch + JSON.parse ${e.bareP50Ms.toFixed(2)} / ${e.bareP99Ms.toFixed(2)}`,
      e.ratio,
      undefined,
    ),
  )

log('conformance …')
const conformance = await conformanceBench(root, join(tmp, 'conformance'))
rows.push(
  conformance.ok
    ? targetRow(
        `conformance suite wall time (${conformance.targets} targets, ${conformance.cases} cases: ${conformance.passed} pass, ${conformance.failed} fail, the rest n/a${conformance.suitePassed ? '' : ', SUITE FAILED'})`,
        `${conformance.seconds.toFixed(1)} s`,
        `${n(conformance.cases / conformance.seconds, 1)} cases/s`,
        undefined,
        undefined,
      )
    : targetRow('conformance suite wall time', 'n/a', conformance.reason, undefined, undefined),
)

const machine = describeMachine()
const table = formatTable(rows)
console.log(`chatwire benchmarks, ${startedAt}\nmachine: ${machine}\n\n${table}`)
const results = {
  startedAt,
  machine,
  seconds,
  decodeMs,
  rows,
  decode,
  loopback: loop,
  memory,
  bundles,
  e2e,
  conformance,
}
writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
const md = [
  '# chatwire benchmark results',
  '',
  `Measured by \`pnpm bench\` on ${startedAt}. Machine: ${machine}.`,
  `Load: autocannon, ${loop.connections} keep-alive connections, ${seconds} s per run after a 1 s warm-up, best of ${loop.rounds} alternating runs for bare and mock (Prism: one run); decode: median of 5 rounds of ${decodeMs} ms.`,
  'Every ratio divides by a baseline measured in the same run (or by the budget, for sizes and memory). See README.md for how each figure is measured.',
  '',
  table,
  '',
].join('\n')
writeFileSync(join(benchDir, 'results.md'), md)
log(`wrote ${join(benchDir, 'results.md')} and results.json`)
