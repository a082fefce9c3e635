import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createNexusV3Transport } from '../src/index.js'
import { createNexusTestServer } from './nexus-test-server.js'

const backend = createNexusTestServer()
let server: Server
let dataURL = ''

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
  const headers = new Headers()
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method ?? 'GET',
    headers,
    ...(body !== undefined && req.method !== 'GET' ? { body } : {}),
  })
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const response = await backend.handle(await toRequest(req, dataURL))
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  dataURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/nexus/v3/chat/sessions`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

describe('createNexusV3Transport over a real loopback node:http server with real fetch', () => {
  it('starts, sends, uploads, reads back and ends', async () => {
    const transport = createNexusV3Transport({ transport: { dataURL, headers: { 'x-api-key': 'K' } } })
    const started = await transport.start({ nickname: 'Ann', userData: {} })
    if (!started.ok) throw new Error(started.message)
    const session = started.value.session
    expect((await transport.send(session, { kind: 'message', text: 'über loopback' })).ok).toBe(true)
    const up = await transport.uploadFile(
      session,
      new File([new Uint8Array([7, 7])], 'p.png', { type: 'image/png' }),
    )
    expect(up.ok).toBe(true)
    const page = await transport.poll(session, undefined)
    if (!page.ok) throw new Error(page.message)
    expect(page.value.events.map((e) => e.wireType)).toEqual(['ParticipantJoined', 'Text', 'Text'])
    expect(page.value.events[1]?.text).toBe('über loopback')
    expect(page.response.status).toBe(200)
    const lost = await transport.poll({ ...session, sessionId: 'gone' }, undefined)
    expect(lost).toMatchObject({
      ok: false,
      kind: 'session-lost',
      response: { status: 404, statusText: 'Not Found' },
    })
    expect(await transport.send(session, { kind: 'end' })).toMatchObject({
      ok: true,
      value: { chatEnded: true },
    })
  })
})
