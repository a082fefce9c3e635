import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createGmsV2Transport } from '../src/index.js'
import { createGmsHandler } from './fixtures/gms-handler.js'
import { SERVICE_URL } from './fixtures/golden.js'

let service = createGmsHandler()
const server = setupServer(
  http.post(`${SERVICE_URL}/*`, ({ request }) => service.handle(request)),
  http.post(SERVICE_URL, ({ request }) => service.handle(request)),
  http.post('https://down.example/*', () => HttpResponse.error()),
)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  service = createGmsHandler()
})
afterAll(() => server.close())

describe('createGmsV2Transport over the global fetch, intercepted by msw', () => {
  it('runs a chat: start, send, poll, end', async () => {
    const t = createGmsV2Transport({ dataURL: SERVICE_URL, apikey: 'k' })
    const start = await t.start({ nickname: 'Nick', userData: {} })
    if (!start.ok) throw new Error(start.message)
    const sent = await t.send(start.value.session, { kind: 'message', text: 'hi' })
    if (!sent.ok) throw new Error(sent.message)
    const polled = await t.poll(sent.value.session, 1)
    expect(polled).toMatchObject({
      ok: true,
      value: { events: [{ type: 'ParticipantJoined' }, { type: 'Message', text: 'hi' }] },
    })
    expect(service.seen[0]?.headers.get('apikey')).toBe('k')
    const end = await t.send(sent.value.session, { kind: 'end' })
    expect(end).toMatchObject({ ok: true, value: { chatEnded: true } })
  })

  it('a network error is a status-0 failure value', async () => {
    const t = createGmsV2Transport({ dataURL: 'https://down.example/genesys/2/chat/s' })
    expect(await t.poll({ sessionID: 'c' }, 1)).toMatchObject({
      ok: false,
      kind: 'network',
      response: { status: 0 },
    })
  })
})
