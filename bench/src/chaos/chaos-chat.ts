import {
  type ChatMessage,
  type ChatTransport,
  type Clock,
  createWebChatService,
  isConfigError,
} from '@chatwire/core'
import { type Protocol, protocolClient } from '../bench/protocol-client.js'
import type { AgentSide } from './agent-side.js'
import { checkIntended, compareTranscripts, type TranscriptComparison } from './compare-transcripts.js'
import { observeTransport } from './observed-transport.js'
import { tallyingFetch, type WireTally } from './wire-tally.js'

export type { Protocol }

export interface ChaosChatOptions {
  readonly protocol: Protocol
  /** The mock server's origin, e.g. http://127.0.0.1:4123 */
  readonly baseUrl: string
  readonly agent: AgentSide
  readonly id: number
  /** Messages each way. */
  readonly messages: number
  /** The client's ajaxTimeout, real ms. */
  readonly ajaxTimeout: number
  /** Real ms after which a request the client gave up on has surely been processed by the server. */
  readonly settleMs: number
  readonly clock: Clock
  readonly tally: WireTally
  /** Real ms (performance.now()) after which the chat gives up and reports what it has. */
  readonly deadline: number
  /** Real ms to wait between two messages of one side. */
  readonly paceMs: number
}

export interface ChaosChatResult {
  readonly id: number
  readonly sessionId: string | undefined
  readonly comparison: TranscriptComparison | undefined
  /** Intended customer / agent messages against the server transcript. */
  readonly customer: ReturnType<typeof checkIntended> | undefined
  readonly agent: ReturnType<typeof checkIntended> | undefined
  readonly startAttempts: number
  readonly sendFailures: number
  /** Failed sends that the client's own transcript then showed as delivered (not sent again). */
  readonly deliveredDespiteFailure: number
  readonly error: string | undefined
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

function makeTransport(o: ChaosChatOptions): { transport: ChatTransport; config: unknown } {
  const fetch = tallyingFetch((input, init) => globalThis.fetch(input, init), o.tally)
  const client = protocolClient(o.protocol, o.baseUrl, fetch, {
    ajaxTimeout: o.ajaxTimeout,
    endpoint: 'chaos',
  })
  return {
    transport: client.transport,
    config: { ...client.config, ajaxTimeout: o.ajaxTimeout, pollExceptionLimit: 1_000_000 },
  }
}

/**
 * One customer chatting through @chatwire/core + a codec transport over real HTTP while an agent answers
 * through the admin API; both send `messages` messages. A failed send is retried the way a careful
 * application would: wait until the request has surely been processed and a later poll succeeded, then
 * send again only if the client's transcript does not show the message.
 */
export async function runChaosChat(o: ChaosChatOptions): Promise<ChaosChatResult> {
  const { transport: inner, config } = makeTransport(o)
  const observed = observeTransport(inner)
  const service = createWebChatService({ transport: observed.transport, config, clock: o.clock })
  if (isConfigError(service)) throw new Error(`chaos config: ${JSON.stringify(service.issues)}`)
  const delivered: ChatMessage[] = []
  service.subscribe('messageReceived', ({ messages }) => delivered.push(...messages))
  const has = (text: string) => delivered.some((m) => m.text === text)
  const late = () => performance.now() > o.deadline
  let startAttempts = 0
  let sendFailures = 0
  let deliveredDespiteFailure = 0
  let sessionId: string | undefined

  // a poll that started after `after` (real ms) has succeeded, so its reply shows everything processed before
  const caughtUp = async (after: number) => {
    while (observed.lastOkPollStart() <= after && !late()) await sleep(10)
    await sleep(0)
  }
  const send = async (text: string) => {
    while (!late()) {
      const r = await service.command('sendMessage', { message: text })
      if (r.ok) return
      sendFailures++
      const failedAt = performance.now()
      await sleep(o.settleMs)
      await caughtUp(failedAt + o.settleMs)
      if (has(text)) {
        deliveredDespiteFailure++
        return
      }
    }
  }
  try {
    await service.init()
    while (!late()) {
      startAttempts++
      const r = await service.command('startChat', { nickname: `Client ${o.id}` })
      if (r.ok) break
      await sleep(o.paceMs)
    }
    const data = await service.command('getSessionData')
    const session = (data.ok ? data.value : {}) as Record<string, unknown>
    sessionId = String(session.sessionID ?? session.sessionId ?? '')
    if (sessionId === '') throw new Error('no session after startChat')
    const id = sessionId
    await o.agent.join(id)
    const customerTexts = Array.from({ length: o.messages }, (_, k) => `c${o.id}-${k}`)
    const agentTexts = Array.from({ length: o.messages }, (_, k) => `a${o.id}-${k}`)
    await Promise.all([
      (async () => {
        for (const t of customerTexts) {
          await send(t)
          await sleep(o.paceMs)
        }
      })(),
      (async () => {
        for (const t of agentTexts) {
          await o.agent.say(id, t)
          await sleep(o.paceMs)
        }
      })(),
    ])
    const all = [...customerTexts, ...agentTexts]
    while (!late() && !all.every(has)) await sleep(20)
    await sleep(o.settleMs)
    await caughtUp(performance.now())
    const server = await o.agent.transcript(id)
    const serverTexts = server.flatMap((e) => (e.type === 'Message' && e.text !== undefined ? [e.text] : []))
    const result: ChaosChatResult = {
      id: o.id,
      sessionId,
      comparison: compareTranscripts(delivered, server),
      customer: checkIntended(customerTexts, serverTexts),
      agent: checkIntended(agentTexts, serverTexts),
      startAttempts,
      sendFailures,
      deliveredDespiteFailure,
      error: late() ? 'deadline passed' : undefined,
    }
    for (let i = 0; i < 20 && !(await service.command('endChat')).ok; i++) await sleep(o.paceMs)
    return result
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return {
      id: o.id,
      sessionId,
      comparison: undefined,
      customer: undefined,
      agent: undefined,
      startAttempts,
      sendFailures,
      deliveredDespiteFailure,
      error: message,
    }
  } finally {
    service.dispose()
  }
}
