// Benchmark: GMS refresh (poll) requests per second over real loopback HTTP with 1,000 live sessions,
// side by side with a bare node:http server returning a reply of the same size (the ceiling for Node),
// plus memory per idle session with 10,000 sessions (measured in a child process with --expose-gc).
// Run: pnpm --filter @chatwire/mock-server bench   (build first)
import { execFileSync, fork } from 'node:child_process'
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'
import { createMockChatServer } from '../dist/index.js'

const SESSIONS = 1000
const CONCURRENCY = 32
const DURATION_MS = Number(process.env.BENCH_MS ?? 2500)
const WARMUP_MS = 500
const ROUNDS = 4

if (process.argv[2] === '--memory') {
  await memoryChild(Number(process.argv[3] ?? 10_000))
  process.exit(0)
}

const mock = createMockChatServer({ scenario: 'silent' })
const base = 'http://bench.local/genesys/2/chat/customer-support'
const bodies = []
for (let i = 0; i < SESSIONS; i++) {
  const res = await mock.fetch(
    new Request(`${base}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `alias=&secureKey=&userId=&nickname=Client+${i}&firstName=&lastName=&emailAddress=&subject=&text=hello`,
    }),
  )
  const r = await res.json()
  // a steady-state poll: the widget asks for the next position (nothing new), with the empty preview message
  const form = new URLSearchParams({
    alias: r.alias,
    secureKey: r.secureKey,
    userId: r.userId,
    transcriptPosition: String(r.nextPosition),
    message: '',
  }).toString()
  bodies.push({ chatId: r.chatId, form })
}
const mockListener = await mock.listen({ port: 0 })
const probe = await fetch(`${mockListener.url}/genesys/2/chat/customer-support/${bodies[0].chatId}/refresh`, {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: bodies[0].form,
})
const sample = Buffer.from(await probe.arrayBuffer())
if (probe.status !== 200) throw new Error(`probe refresh failed: ${probe.status} ${sample}`)

const bare = createServer((req, res) => {
  req.resume()
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': sample.length })
    res.end(sample)
  })
})
await new Promise((r) => bare.listen(0, '127.0.0.1', r))
const bareUrl = `http://127.0.0.1:${bare.address().port}`

/** Runs the load generator in a child process; also returns this (server) process's CPU µs per reply. */
function load(url) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./load-worker.mjs', import.meta.url)))
    let cpuStart
    const warm = setTimeout(() => {
      cpuStart = process.cpuUsage()
    }, WARMUP_MS)
    child.once('message', (m) => {
      const cpu = process.cpuUsage(cpuStart)
      clearTimeout(warm)
      const served = m.rps * (DURATION_MS / 1000)
      resolve({ ...m, cpuMicrosPerRequest: served > 0 ? (cpu.user + cpu.system) / served : Number.NaN })
    })
    child.once('error', reject)
    child.send({ url, bodies, concurrency: CONCURRENCY, durationMs: DURATION_MS, warmupMs: WARMUP_MS })
  })
}

const results = { bare: [], mock: [] }
for (let round = 0; round < ROUNDS; round++) {
  results.bare.push(await load(`${bareUrl}/genesys/2/chat/customer-support/{chatId}/refresh`))
  results.mock.push(await load(`${mockListener.url}/genesys/2/chat/customer-support/{chatId}/refresh`))
}
await mockListener.close()
bare.close()

const best = (xs) => xs.reduce((a, b) => (b.rps > a.rps ? b : a))
const b = best(results.bare)
const m = best(results.mock)
const memory = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--memory', '10000'], {
    encoding: 'utf8',
  }),
)

const row = (name, r, ratio) =>
  `| ${name.padEnd(34)} | ${r.rps.toFixed(0).padStart(9)} | ${String(r.replyBytes).padStart(11)} | ${ratio.padStart(8)} | ${r.cpuMicrosPerRequest.toFixed(1).padStart(14)} |`
console.log(
  `GMS refresh over loopback: ${SESSIONS} live sessions, ${CONCURRENCY} keep-alive connections, best of ${ROUNDS} x ${DURATION_MS} ms`,
)
console.log('| server                             |     req/s | reply bytes |    ratio | server CPU µs/req |')
console.log('|------------------------------------|-----------|-------------|----------|-------------------|')
console.log(row('bare node:http (same-size reply)', b, '1.00'))
console.log(row('chatwire mock-server refresh', m, (m.rps / b.rps).toFixed(2)))
console.log(`errors: bare ${b.errors}, mock ${m.errors}   (target ratio >= 0.5)`)
console.log('')
console.log(
  `memory per idle session: ${(memory.bytesPerSession / 1024).toFixed(2)} KB (${memory.sessions} sessions, heap +${(memory.heapDelta / 1048576).toFixed(1)} MB; target <= 20 KB)`,
)

async function memoryChild(n) {
  const server = createMockChatServer({ scenario: 'silent' })
  const start = async (i) => {
    const res = await server.fetch(
      new Request('http://bench.local/genesys/2/chat/customer-support/', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `alias=&secureKey=&userId=&nickname=Client+${i}&firstName=&lastName=&emailAddress=&subject=&text=&userData%5B_genesys_source%5D=web&userData%5B_genesys_url%5D=http%3A%2F%2Fsite.test%2F`,
      }),
    )
    await res.arrayBuffer()
  }
  await start(-1) // warm up code paths before the baseline
  globalThis.gc()
  const before = process.memoryUsage().heapUsed
  for (let i = 0; i < n; i++) await start(i)
  globalThis.gc()
  const after = process.memoryUsage().heapUsed
  if (server.admin.sessions().length !== n + 1) throw new Error('sessions missing')
  process.stdout.write(
    JSON.stringify({ sessions: n, heapDelta: after - before, bytesPerSession: (after - before) / n }),
  )
}
