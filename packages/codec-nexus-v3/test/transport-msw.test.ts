import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createNexusV3Transport, downloadAttachment } from '../src/index.js'
import { createNexusTestServer } from './nexus-test-server.js'

const dataURL = 'https://msw.example/nexus/v3/chat/sessions'
const backend = createNexusTestServer()
const mock = setupServer(
  http.all(`${dataURL}*`, ({ request }) => backend.handle(request)),
  http.get('https://msw.example/broken', () => HttpResponse.error()),
)

beforeAll(() => mock.listen({ onUnhandledRequest: 'error' }))
afterAll(() => mock.close())

describe('createNexusV3Transport over global fetch intercepted by msw', () => {
  it('runs start, poll, send, userdata and end through globalThis.fetch', async () => {
    const transport = createNexusV3Transport({
      transport: { dataURL, endpoint: 'ep', headers: { 'x-api-key': 'K' } },
    })
    const started = await transport.start({ firstname: 'Ann', userData: { phone: '5' } })
    if (!started.ok) throw new Error(started.message)
    const session = started.value.session
    const sent = await transport.send(session, { kind: 'message', text: 'via msw' })
    expect(sent.ok).toBe(true)
    const polled = await transport.poll(session, undefined)
    expect(polled.ok && polled.value.events.map((e) => e.text ?? e.type)).toEqual([
      'ParticipantJoined',
      'via msw',
    ])
    expect((await transport.send(session, { kind: 'userData', userData: { k: 'v' } })).ok).toBe(true)
    expect(await transport.send(session, { kind: 'end' })).toMatchObject({
      ok: true,
      value: { chatEnded: true },
    })
    const start = backend.requests[0]
    expect(start?.operation === 'start' && { ...start.start.userData }).toEqual({
      phone: '5',
      PhoneNumber: '5',
    })
    expect(start?.apiKey).toBe('K')
  })

  it('a network error from msw is a status-0 network failure', async () => {
    const r = await downloadAttachment(
      { transport: { dataURL: 'https://msw.example/broken' } },
      { sessionId: 's', participantId: 'p', transportId: 't', token: 'x' },
      'https://msw.example/broken',
    )
    expect(r).toMatchObject({ ok: false, kind: 'network', response: { status: 0, statusText: 'error' } })
  })
})
