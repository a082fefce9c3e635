// pnpm soak: waves of SOAK_SESSIONS (default 10,000) sessions on a mock server with session expiry (idle
// close), real time; prints heap over time; exits 1 when the heap after the sessions end keeps growing.
// Run with --expose-gc (the package script does).
import { createMockChatServer } from '@chatwire/mock-server'
import { protocolClient } from './bench/protocol-client.js'
import { growthVerdict } from './soak/growth-verdict.js'

const sessions = Number(process.env.SOAK_SESSIONS ?? 10_000)
const waves = Number(process.env.SOAK_WAVES ?? 3)
// long enough for a whole wave to be live at once, short enough to keep the run bounded (about 40 s a wave)
const idle = { alertAfterMs: 20_000, closeAfterMs: 5_000 }
const retentionMs = 2_000
// Every session must be gone by then (idle alert + close + retention, plus a margin for timer lag under load).
const expiryDeadlineMs = idle.alertAfterMs + idle.closeAfterMs + retentionMs + 30_000
const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('run with node --expose-gc')
const server = createMockChatServer({
  scenario: { name: 'soak', agents: [{ name: 'Ava', joinAfterMs: 0, echo: true }], idle },
  // ended sessions stay readable this long, then the server forgets them
  endedSessionRetentionMs: retentionMs,
})
const local = (input: Request | string | URL, init?: RequestInit) => server.fetch(new Request(input, init))
const clients = [
  protocolClient('gms-v2', 'http://soak.local', local),
  protocolClient('nexus-v3', 'http://soak.local', local),
]
const t0 = performance.now()
const heap = () => {
  gc()
  return process.memoryUsage().heapUsed
}
const mb = (b: number) => (b / 2 ** 20).toFixed(1)
const live = () => server.admin.sessions().filter((s) => !s.ended).length
const line = (what: string, h: number) =>
  console.log(
    `${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${what.padEnd(28)} heap ${mb(h).padStart(7)} MB  live ${String(live()).padStart(6)}  stored ${server.admin.sessions().length}`,
  )

/** One customer: start, say something, read the echo, then go quiet until the idle close ends the chat. */
async function customer(i: number): Promise<void> {
  const { transport } = clients[i % 2] as (typeof clients)[number]
  const started = await transport.start({ nickname: `Soak ${i}`, userData: { n: String(i) } })
  if (!started.ok) throw new Error(`start ${i}: ${started.message}`)
  const session = started.value.session
  const sent = await transport.send(session, { kind: 'message', text: `hello from ${i}` })
  if (!sent.ok) throw new Error(`send ${i}: ${sent.message}`)
  await transport.poll(session, started.value.cursor)
}

const baseline = heap()
line('baseline', baseline)
const liveSamples: number[] = []
const endedSamples: number[] = []
for (let wave = 1; wave <= waves; wave++) {
  for (let i = 0; i < sessions; i += 500)
    await Promise.all(
      Array.from({ length: Math.min(500, sessions - i) }, (_, j) => customer(wave * sessions + i + j)),
    )
  const peak = heap()
  liveSamples.push(peak)
  line(`wave ${wave}: ${sessions} live`, peak)
  const expiresBy = performance.now() + expiryDeadlineMs
  while (server.admin.sessions().length > 0) {
    if (performance.now() > expiresBy) {
      console.log(
        `soak: FAIL: sessions never expired (${server.admin.sessions().length} still stored ${expiryDeadlineMs / 1000} s after wave ${wave})`,
      )
      process.exit(1)
    }
    await new Promise((r) => setTimeout(r, 2500))
    line(`wave ${wave}: expiring`, process.memoryUsage().heapUsed)
  }
  const after = heap()
  endedSamples.push(after)
  line(`wave ${wave}: all ended`, after)
}
const verdict = growthVerdict({ baseline, live: liveSamples, ended: endedSamples })
console.log(
  `\nretained after wave 1: ${mb(verdict.retainedAfterFirstWave)} MB (${(verdict.retainedAfterFirstWave / sessions / 1024).toFixed(2)} kB per ended session)`,
)
console.log(`soak: ${verdict.ok ? 'PASS' : 'FAIL'}: ${verdict.reason}`)
process.exit(verdict.ok ? 0 : 1)
