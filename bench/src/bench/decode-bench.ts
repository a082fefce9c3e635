import { readGmsReply } from '@chatwire/codec-gms-v2'
import { readMessagesReply } from '@chatwire/codec-nexus-v3'
import { createMockChatServer } from '@chatwire/mock-server'
import { median, opsPerSecond } from './median.js'
import { capturingFetch, type Protocol, protocolClient } from './protocol-client.js'

export interface DecodeFigure {
  readonly protocol: Protocol
  readonly bytes: number
  readonly events: number
  readonly jsonParseOpsPerSec: number
  readonly decodeOpsPerSec: number
  /** decode / JSON.parse of the same bytes (target ≥ 0.5). */
  readonly ratio: number
}

const decoders: Record<Protocol, (status: number, text: string) => { ok: boolean }> = {
  'gms-v2': readGmsReply,
  'nexus-v3': readMessagesReply,
}

/**
 * A poll reply with the whole transcript of a busy chat, exactly as the mock server sends it: the client's
 * join, an agent's join and 60 agent events (messages, typing, URLs, notices).
 */
export async function pollReplyFixture(protocol: Protocol): Promise<string> {
  const server = createMockChatServer({ scenario: 'silent' })
  const capture = capturingFetch((input, init) => server.fetch(new Request(input, init)))
  const { transport } = protocolClient(protocol, 'http://bench.local', capture.fetch)
  const started = await transport.start({ nickname: 'Carla', userData: {} })
  if (!started.ok) throw new Error(`fixture: start failed: ${started.message}`)
  const id = String(started.value.session.sessionID ?? started.value.session.sessionId)
  server.admin.join(id, { name: 'Ava' })
  for (let i = 0; i < 60; i++) {
    if (i % 6 === 1) server.admin.type(id, true)
    else if (i % 6 === 3) server.admin.pushUrl(id, `https://example.com/help/${i}`)
    else server.admin.say(id, `message number ${i} with some ordinary chat text in it`)
  }
  const polled = await transport.poll(started.value.session, undefined)
  if (!polled.ok || polled.value.events.length < 50) throw new Error(`fixture: poll gave too few events`)
  const last = capture.last()
  if (last === undefined) throw new Error('fixture: nothing captured')
  return last.replyText
}

/** Decode throughput vs JSON.parse of the same reply, median of `rounds` alternating rounds of `ms`. */
export async function decodeBench(protocol: Protocol, ms: number, rounds = 5): Promise<DecodeFigure> {
  const text = await pollReplyFixture(protocol)
  const decode = decoders[protocol]
  const check = decode(200, text) as {
    ok: boolean
    value?: { events: unknown[] }
    reply?: { events: unknown[] }
  }
  if (!check.ok) throw new Error(`${protocol}: the fixture does not decode`)
  const events = (check.value ?? check.reply)?.events.length ?? 0
  opsPerSecond(() => JSON.parse(text), 200)
  opsPerSecond(() => decode(200, text).ok, 200)
  const parse: number[] = []
  const dec: number[] = []
  const ratios: number[] = []
  for (let r = 0; r < rounds; r++) {
    const p = opsPerSecond(() => JSON.parse(text), ms)
    const d = opsPerSecond(() => decode(200, text).ok, ms)
    parse.push(p)
    dec.push(d)
    ratios.push(d / p)
  }
  return {
    protocol,
    bytes: Buffer.byteLength(text),
    events,
    jsonParseOpsPerSec: median(parse),
    decodeOpsPerSec: median(dec),
    ratio: median(ratios),
  }
}
