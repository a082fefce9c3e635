// Run with --expose-gc: argv[2] = protocol, argv[3] = sessions. Opens that many idle sessions on an
// in-process mock server and prints {sessions, heapDelta, bytesPerSession} (heap after GC, before vs after).
import { createMockChatServer } from '@chatwire/mock-server'
import { type Protocol, protocolClient } from './protocol-client.js'

const protocol = (process.argv[2] ?? 'gms-v2') as Protocol
const n = Number(process.argv[3] ?? 10_000)
const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('run with --expose-gc')
const server = createMockChatServer({ scenario: 'silent' })
const { transport } = protocolClient(protocol, 'http://bench.local', (input, init) =>
  server.fetch(new Request(input, init)),
)
const userData = { _genesys_source: 'web', _genesys_url: 'http://site.test/' }
const open = async (i: number) => {
  const r = await transport.start({ nickname: `Client ${i}`, userData })
  if (!r.ok) throw new Error(`start ${i} failed: ${r.message}`)
}
await open(-1) // warm the code paths before the baseline
gc()
const before = process.memoryUsage().heapUsed
for (let i = 0; i < n; i++) await open(i)
gc()
const after = process.memoryUsage().heapUsed
if (server.admin.sessions().length !== n + 1) throw new Error('sessions missing')
process.stdout.write(
  `${JSON.stringify({ sessions: n, heapDelta: after - before, bytesPerSession: (after - before) / n })}\n`,
)
