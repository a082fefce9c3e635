import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGmsV2Transport } from '../src/index.js'
import { createGmsHandler } from './fixtures/gms-handler.js'

const service = createGmsHandler()
let httpServer: Server
let dataURL = ''

beforeAll(async () => {
  httpServer = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const headers = new Headers()
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method ?? 'GET',
      headers,
      body: chunks.length ? Buffer.concat(chunks) : null,
    })
    const response = await service.handle(request)
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve))
  dataURL = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/genesys/2/chat/loop`
})
afterAll(() => new Promise<void>((resolve) => httpServer.close(() => resolve())))

describe('createGmsV2Transport over a real loopback HTTP server and the real fetch', () => {
  it('starts, uploads a file (multipart), polls and ends', async () => {
    const t = createGmsV2Transport({ dataURL, apikey: 'k' })
    const start = await t.start({ firstname: 'A', lastname: 'B', userData: { ['__proto__']: 'x' } })
    if (!start.ok) throw new Error(start.message)
    const up = await t.uploadFile?.(
      start.value.session,
      Object.assign(new Blob(['abc'], { type: 'text/plain' }), { name: 'n.txt' }),
    )
    expect(up).toMatchObject({ ok: true, value: { fileId: 'f1' } })
    const polled = await t.poll(start.value.session, 1)
    expect(polled).toMatchObject({
      ok: true,
      value: {
        events: [
          { type: 'ParticipantJoined' },
          { type: 'FileUploaded', userData: { 'file-id': 'f1', 'file-name': 'n.txt' } },
        ],
      },
    })
    expect(service.seen[0]?.headers.get('content-type')).toBe('application/x-www-form-urlencoded')
    expect(await t.send(start.value.session, { kind: 'end' })).toMatchObject({
      ok: true,
      value: { chatEnded: true },
    })
  })
})
