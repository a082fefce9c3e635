import { createServer } from 'node:net'
import autocannon from 'autocannon'
import { type Child, scriptPath, spawnChild } from './child-process.js'

export interface LoopbackRow {
  readonly server: 'bare node:http' | 'chatwire mock-server' | 'Prism'
  readonly rps: number
  readonly p50Ms: number
  readonly p99Ms: number
  readonly replyBytes: number
  readonly errors: number
  readonly non2xx: number
}

export interface LoopbackFigures {
  readonly sessions: number
  readonly connections: number
  readonly seconds: number
  readonly rounds: number
  readonly rows: readonly LoopbackRow[]
  /** Why Prism has no row, when it has none. */
  readonly prismMissing: string | undefined
}

interface Session {
  readonly chatId: string
  readonly form: string
}

const SERVICE = '/genesys/2/chat/customer-support'
const FORM = { 'content-type': 'application/x-www-form-urlencoded' }

/** `sessions` live GMS sessions on the server at `url`, each with its steady-state refresh form. */
async function openSessions(url: string, sessions: number): Promise<Session[]> {
  const out: Session[] = []
  for (let i = 0; i < sessions; i += 25) {
    const batch = Array.from({ length: Math.min(25, sessions - i) }, async (_, j) => {
      const res = await fetch(`${url}${SERVICE}/`, {
        method: 'POST',
        headers: FORM,
        body: `nickname=Client+${i + j}&firstName=&lastName=&emailAddress=&subject=&text=hello`,
      })
      const r = (await res.json()) as Record<string, string>
      const form = new URLSearchParams({
        alias: String(r.alias),
        secureKey: String(r.secureKey),
        userId: String(r.userId),
        transcriptPosition: String(r.nextPosition),
        message: '',
      }).toString()
      return { chatId: String(r.chatId), form }
    })
    out.push(...(await Promise.all(batch)))
  }
  return out
}

async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const address = s.address()
  await new Promise<void>((r) => s.close(() => r()))
  return typeof address === 'object' && address !== null ? address.port : 0
}

/** Steady-state refresh load against `url`, rotating over the sessions (the same requests for every server). */
async function load(url: string, sessions: readonly Session[], connections: number, seconds: number) {
  let i = 0
  const requests = [
    {
      method: 'POST',
      headers: FORM,
      setupRequest: (req: object) => {
        const s = sessions[i++ % sessions.length] as Session
        return { ...req, path: `${SERVICE}/${s.chatId}/refresh`, body: s.form }
      },
    },
  ]
  await autocannon({ url, connections, duration: 1, requests }) // warm-up
  return autocannon({ url, connections, duration: seconds, requests })
}

/**
 * GMS refresh (poll) req/s and latency over loopback: the mock server with `sessions` live sessions, a bare
 * node:http server replying with the same bytes, and Prism mocking specs/gms-chat-v2.openapi.yaml. Every
 * server runs in its own process; autocannon runs in this one.
 */
export async function loopbackBench(o: {
  sessions: number
  connections: number
  seconds: number
  /** Rounds of bare and mock, alternating; the best of each counts. */
  rounds: number
  prism: { bin: string; spec: string } | { missing: string }
}): Promise<LoopbackFigures> {
  const children: Child<{ url: string }>[] = []
  try {
    const mock = await spawnChild<{ url: string }>(process.execPath, [scriptPath('mock-server-process.js')])
    children.push(mock)
    const sessions = await openSessions(mock.hello.url, o.sessions)
    const first = sessions[0] as Session
    const probe = await fetch(`${mock.hello.url}${SERVICE}/${first.chatId}/refresh`, {
      method: 'POST',
      headers: FORM,
      body: first.form,
    })
    const sample = Buffer.from(await probe.arrayBuffer())
    if (probe.status !== 200) throw new Error(`probe refresh failed: ${probe.status} ${sample}`)
    const bare = await spawnChild<{ url: string }>(process.execPath, [
      scriptPath('bare-http-process.js'),
      sample.toString('base64'),
    ])
    children.push(bare)
    const targets: [LoopbackRow['server'], string][] = [
      ['bare node:http', bare.hello.url],
      ['chatwire mock-server', mock.hello.url],
    ]
    if ('bin' in o.prism) {
      const port = await freePort()
      const prism = await spawnChild<{ url: string }>(
        o.prism.bin,
        // its quietest logging: Prism at its fastest (the default 'info' logs every request)
        ['mock', '-h', '127.0.0.1', '-p', String(port), '--verboseLevel', 'error', o.prism.spec],
        {
          probe: async () => {
            const url = `http://127.0.0.1:${port}`
            const res = await fetch(`${url}${SERVICE}/${first.chatId}/refresh`, {
              method: 'POST',
              headers: FORM,
              body: first.form,
            })
            await res.arrayBuffer()
            return res.status === 200 ? { url } : undefined
          },
        },
      )
      children.push(prism)
      targets.push(['Prism', prism.hello.url])
    }
    // the machine is shared: bare and mock alternate for `rounds` rounds and each keeps its best round
    // (Prism, 30× slower, runs once)
    const best = new Map<string, Awaited<ReturnType<typeof load>>>()
    for (let round = 0; round < o.rounds; round++) {
      for (const [server, url] of targets) {
        if (server === 'Prism' && round > 0) continue
        const r = await load(url, sessions, o.connections, o.seconds)
        const prev = best.get(server)
        if (prev === undefined || r.requests.average > prev.requests.average) best.set(server, r)
      }
    }
    const rows: LoopbackRow[] = []
    for (const [server, url] of targets) {
      const r = best.get(server)
      if (r === undefined) continue
      const reply = await fetch(`${url}${SERVICE}/${first.chatId}/refresh`, {
        method: 'POST',
        headers: FORM,
        body: first.form,
      })
      rows.push({
        server,
        rps: r.requests.average,
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        replyBytes: (await reply.arrayBuffer()).byteLength,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
      })
    }
    return {
      sessions: sessions.length,
      connections: o.connections,
      seconds: o.seconds,
      rounds: o.rounds,
      rows,
      prismMissing: 'missing' in o.prism ? o.prism.missing : undefined,
    }
  } finally {
    for (const c of children.reverse()) await c.close()
  }
}
