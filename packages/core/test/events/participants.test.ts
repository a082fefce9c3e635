import { describe, expect, it } from 'vitest'
import type { EventName } from '../../src/names.js'
import type { PartyType } from '../../src/transport/transcript-event.js'
import type { ParticipantPayload } from '../../src/types/event-payloads.js'
import { setup } from '../harness.js'

const cases: [PartyType, EventName, EventName][] = [
  ['Agent', 'agentConnected', 'agentDisconnected'],
  ['Supervisor', 'supervisorConnected', 'supervisorDisconnected'],
  ['Bot', 'botConnected', 'botDisconnected'],
]

async function joinsAndLeaves(which: number) {
  const [type, joined, left] = cases[which] ?? cases[0] ?? ['Agent', 'agentConnected', 'agentDisconnected']
  const h = setup()
  await h.start()
  h.server.agentJoins('Pat', type)
  await h.clock.advance(300)
  h.server.agentLeaves('Pat', type)
  await h.clock.advance(1000)
  const [j] = h.payloadsOf(joined) as ParticipantPayload[]
  const [l] = h.payloadsOf(left) as ParticipantPayload[]
  const countsAgents = type !== 'Bot'
  expect(j).toMatchObject({
    message: { type: 'ParticipantJoined', from: { name: 'Pat', type } },
    numAgentsConnected: countsAgents ? 1 : 0,
  })
  expect(l).toMatchObject({
    message: { type: 'ParticipantLeft', from: { name: 'Pat', type } },
    numAgentsConnected: 0,
  })
  expect(h.names().lastIndexOf(joined)).toBeLessThan(h.names().lastIndexOf('messageReceived'))
}

describe('participant events', () => {
  it('event.clientConnected: the client joined; {message, agents, numAgentsConnected}', async () => {
    const h = setup()
    await h.start()
    const [payload] = h.payloadsOf('clientConnected') as ParticipantPayload[]
    expect(payload).toMatchObject({
      message: { type: 'ParticipantJoined', from: { type: 'Client' } },
      agents: [],
      numAgentsConnected: 0,
    })
  })

  it('event.clientDisconnected: the client left (endChat)', async () => {
    const h = setup()
    await h.start()
    h.server.agentJoins('Ann')
    await h.clock.advance(300)
    await h.service.command('endChat')
    const [payload] = h.payloadsOf('clientDisconnected') as ParticipantPayload[]
    expect(payload).toEqual({
      message: undefined,
      agents: [expect.objectContaining({ name: 'Ann', connected: false })],
      numAgentsConnected: 0,
    })
  })

  it('event.agentConnected / event.agentDisconnected: an Agent joins and leaves', () => joinsAndLeaves(0))
  it('event.supervisorConnected / event.supervisorDisconnected: a Supervisor joins and leaves', () =>
    joinsAndLeaves(1))
  it('event.botConnected / event.botDisconnected: a Bot joins and leaves', () => joinsAndLeaves(2))

  it('event.botConnected / event.botDisconnected are not published by a transport without botEvents (v2-only)', async () => {
    const h = setup({ transport: { capabilities: { botEvents: false } } })
    await h.start()
    h.server.agentJoins('Robo', 'Bot')
    h.server.agentLeaves('Robo', 'Bot')
    await h.clock.advance(300)
    expect(h.names()).not.toContain('botConnected')
    expect(h.names()).not.toContain('botDisconnected')
    expect(h.names()).toContain('messageReceived')
  })
})
