import { createWebChatService, isConfigError } from '@chatwire/core'
import { createMockChatServer } from '@chatwire/mock-server'
import { median, percentile } from './median.js'
import { capturingFetch, type Protocol, protocolClient } from './protocol-client.js'

export interface EndToEndFigure {
  readonly protocol: Protocol
  readonly samples: number
  /** agent message → customer messageReceived: one poll over loopback through the codec and the core. */
  readonly p50Ms: number
  readonly p99Ms: number
  /** The baseline: the same poll request replayed with bare fetch + JSON.parse, same server, same run. */
  readonly bareP50Ms: number
  readonly bareP99Ms: number
  /** p50 / bare p50. */
  readonly ratio: number
}

const privateCaller = { caller: 'WebChatService' }

/**
 * The agent says something (admin, in process) and the customer's next poll (the core's private `poll`
 * command, automatic polling stopped so the poll cadence does not add its wait) carries it to a
 * `messageReceived` subscriber: core + codec + real fetch + a listening mock server.
 */
export async function endToEndBench(protocol: Protocol, samples: number): Promise<EndToEndFigure> {
  const server = createMockChatServer({ scenario: 'silent' })
  const listener = await server.listen({ port: 0, host: '127.0.0.1' })
  const origin = listener.url.replace(/\/$/, '')
  const capture = capturingFetch((input, init) => globalThis.fetch(input, init))
  const { transport, config } = protocolClient(protocol, origin, capture.fetch)
  const service = createWebChatService({ transport, config })
  if (isConfigError(service)) throw new Error(JSON.stringify(service.issues))
  let waiting: { text: string; done: (t: number) => void } | undefined
  service.subscribe('messageReceived', ({ messages }) => {
    if (waiting !== undefined && messages.some((m) => m.text === waiting?.text))
      waiting.done(performance.now())
  })
  try {
    await service.init()
    const started = await service.command('startChat', { nickname: 'Carla' })
    if (!started.ok) throw new Error(`startChat failed: ${JSON.stringify(started.value)}`)
    await service.command('stopPoll')
    const data = await service.command('getSessionData')
    const session = (data.ok ? data.value : {}) as Record<string, unknown>
    const id = String(session.sessionID ?? session.sessionId)
    server.admin.join(id, { name: 'Ava' })
    await service.command('poll', undefined, privateCaller)
    const one = async (text: string): Promise<number> => {
      const arrived = new Promise<number>((done) => {
        waiting = { text, done }
      })
      const t0 = performance.now()
      server.admin.say(id, text)
      await service.command('poll', undefined, privateCaller)
      const t1 = await Promise.race([
        arrived,
        new Promise<number>((r) => setTimeout(() => r(Number.NaN), 5000)),
      ])
      if (Number.isNaN(t1)) throw new Error(`${protocol}: "${text}" did not arrive`)
      return t1 - t0
    }
    for (let i = 0; i < 20; i++) await one(`warm-up ${i}`)
    const times: number[] = []
    for (let i = 0; i < samples; i++) times.push(await one(`message ${i}`))
    const poll = capture.last()?.request
    if (poll === undefined) throw new Error('no poll captured')
    const bare: number[] = []
    for (let i = 0; i < samples + 20; i++) {
      const t0 = performance.now()
      const res = await fetch(poll.url, {
        method: poll.method,
        headers: poll.headers,
        ...(poll.body === undefined ? {} : { body: poll.body }),
      })
      JSON.parse(await res.text())
      if (i >= 20) bare.push(performance.now() - t0)
    }
    const p50 = median(times)
    const bareP50 = median(bare)
    return {
      protocol,
      samples,
      p50Ms: p50,
      p99Ms: percentile(times, 0.99),
      bareP50Ms: bareP50,
      bareP99Ms: percentile(bare, 0.99),
      ratio: p50 / bareP50,
    }
  } finally {
    service.dispose()
    await listener.close()
  }
}
