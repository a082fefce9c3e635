// pnpm chaos: concurrent chats over real loopback HTTP against a faulty mock server, both transports.
// Exits 1 when any message was lost, duplicated or reordered, or a client transcript differs from the server's.
import { parseArgs } from 'node:util'
import type { Protocol } from './chaos/chaos-chat.js'
import { formatChaos } from './chaos/format-chaos.js'
import { type ChaosReport, runChaos } from './chaos/run-chaos.js'

const { values } = parseArgs({
  options: {
    chats: { type: 'string', default: '200' },
    messages: { type: 'string', default: '50' },
    protocol: { type: 'string', multiple: true },
    seed: { type: 'string', default: '1' },
    rate: { type: 'string', default: '0.03' },
  },
})
const protocols = (values.protocol ?? ['gms-v2', 'nexus-v3']) as Protocol[]
const reports: ChaosReport[] = []
for (const protocol of protocols) {
  const report = await runChaos({
    protocol,
    chats: Number(values.chats),
    messages: Number(values.messages),
    seed: Number(values.seed),
    faults: { rate: Number(values.rate) },
    server: 'child',
    budgetMs: 110_000,
  })
  reports.push(report)
  for (const e of report.errors) console.log(`${protocol}: ${e}`)
}
console.log(formatChaos(reports))
const failed = reports.filter((r) => !r.passed)
console.log(
  failed.length === 0
    ? 'chaos: PASS (0 lost, 0 duplicated, order kept)'
    : `chaos: FAIL (${failed.map((r) => r.protocol).join(', ')})`,
)
process.exit(failed.length === 0 ? 0 : 1)
