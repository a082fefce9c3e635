import { describe, expect, it } from 'vitest'
import { createManualClock, createMockChatServer } from '../src/index.js'
import { MAX_TRANSPORTS } from '../src/model/chat-session.js'
import { ContactCentre } from '../src/model/contact-centre.js'
import { builtInScenarios } from '../src/scenario/built-in-scenarios.js'
import { nexus, nexusStart } from './wire.js'

const input = {
  protocol: 'gms-v2' as const,
  serviceName: 's',
  clientName: 'Nora',
  clientFields: {},
  userData: {},
}

describe('per-session state is bounded and goes with the session', () => {
  it('the fault queue of a session is dropped when the store forgets it (retention and eviction)', () => {
    const clock = createManualClock(0)
    const centre = new ContactCentre({
      scenario: builtInScenarios.silent as never,
      clock,
      seed: 1,
      faults: {},
      maxSessions: 2,
      endedRetentionMs: 1000,
    })
    const a = centre.createSession(input)
    centre.faults.failNext(a.id, 3, 'http5xx')
    a.end()
    clock.advance(1000)
    centre.store.all()
    expect(centre.store.get(a.id)).toBeUndefined()
    expect(centre.faults.queued(a.id)).toBe(0)
    const b = centre.createSession(input)
    centre.faults.failNext(b.id, 2, 'drop')
    centre.createSession(input)
    centre.createSession(input) // evicts b
    expect(centre.store.get(b.id)).toBeUndefined()
    expect(centre.faults.queued(b.id)).toBe(0)
  })

  it('a v3 session keeps at most MAX_TRANSPORTS transports; the oldest token stops working', async () => {
    const server = createMockChatServer({ scenario: 'silent', clock: createManualClock(0) })
    const s = await nexusStart(server)
    let token = s.token
    for (let i = 0; i < MAX_TRANSPORTS + 8; i++) {
      const r = await nexus(server, 'POST', '', { token, body: [['operationId', String(i)]] })
      expect(r.status).toBe(200)
      token = r.body.data?.clientToken ?? ''
    }
    const newest = await nexus(server, 'GET', `/${s.sessionId}/messages`, { token })
    expect(newest.status).toBe(200)
    const first = await nexus(server, 'GET', `/${s.sessionId}/messages`, { token: s.token })
    expect(first.status).toBe(401)
  })
})
