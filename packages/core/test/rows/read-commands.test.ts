import { resolutionTexts as texts } from '@chatwire/specs/resolution-texts'
import { describe, expect, it } from 'vitest'
import type { ChatMessage } from '../../src/types/chat-message.js'
import { reloadAfter, setup } from '../harness.js'

const textRow = (row: keyof typeof texts) => ({ ok: false, row, value: texts[row] })

describe('getTranscript / getAgents / getStats / getSessionData', () => {
  it('getTranscript.resolved: messages in index order with their original wire objects; kept after the end', async () => {
    const h = setup()
    await h.start()
    h.server.agentJoins()
    h.server.agentSays('one')
    await h.clock.advance(300)
    await h.service.command('endChat')
    const outcome = await h.service.command('getTranscript')
    expect(outcome.row).toBe('getTranscript.resolved')
    const value = outcome.value as { messages: ChatMessage[]; originalMessages: { index: number }[] }
    expect(value.messages.map((m) => m.index)).toEqual([1, 2, 3])
    expect(value.messages.map((m) => m.type)).toEqual(['ParticipantJoined', 'ParticipantJoined', 'Message'])
    expect(value.originalMessages.map((o) => o.index)).toEqual([1, 2, 3])
  })

  it('getAgents.resolved: agents and supervisors with connected times (bots and the client are not agents)', async () => {
    const h = setup()
    await h.start()
    h.server.agentJoins('Ann')
    h.server.agentJoins('Sue', 'Supervisor')
    h.server.agentJoins('Robo', 'Bot')
    await h.clock.advance(300)
    h.server.agentLeaves('Ann')
    await h.clock.advance(1000)
    const outcome = await h.service.command('getAgents')
    expect(outcome.row).toBe('getAgents.resolved')
    expect(outcome.value).toEqual([
      expect.objectContaining({
        name: 'Ann',
        connected: false,
        supervisor: false,
        disconnectedTime: expect.any(Number),
      }),
      expect.objectContaining({
        name: 'Sue',
        connected: true,
        supervisor: true,
        disconnectedTime: undefined,
      }),
    ])
  })

  it('getStats.resolved: start, end and duration by the injected clock', async () => {
    const h = setup()
    expect((await h.service.command('getStats')).value).toEqual({
      agents: [],
      startTime: undefined,
      endTime: undefined,
      duration: 0,
    })
    const t0 = h.clock.now()
    await h.start()
    await h.clock.advance(5000)
    expect((await h.service.command('getStats')).value).toMatchObject({
      startTime: t0,
      endTime: undefined,
      duration: 5000,
    })
    await h.service.command('endChat')
    await h.clock.advance(5000)
    const outcome = await h.service.command('getStats')
    expect(outcome).toMatchObject({
      ok: true,
      row: 'getStats.resolved',
      value: { startTime: t0, endTime: t0 + 5000, duration: 5000 },
    })
  })

  it('getSessionData.resolved.gms-v2: the live session data of a GMS v2 transport', async () => {
    const h = setup({ transport: { name: 'gms-v2' } })
    await h.start()
    const outcome = await h.service.command('getSessionData')
    expect(outcome).toEqual({
      ok: true,
      row: 'getSessionData.resolved.gms-v2',
      value: { secureKey: 'key-1', sessionID: 'session-1', alias: '1', userId: 'u1' },
    })
  })

  it('getSessionData.resolved.nexus-v3: the row of a PureEngage v3 transport', async () => {
    const h = setup({ transport: { name: 'nexus-v3' } })
    await h.start()
    expect((await h.service.command('getSessionData')).row).toBe('getSessionData.resolved.nexus-v3')
  })

  it('getSessionData.rejected.never: resolves before, during and after a chat', async () => {
    const h = setup()
    expect(await h.service.command('getSessionData')).toMatchObject({ ok: true, value: {} })
    await h.start()
    expect((await h.service.command('getSessionData')).ok).toBe(true)
    await h.service.command('endChat')
    expect(await h.service.command('getSessionData')).toMatchObject({ ok: true, value: {} })
  })
})

describe('fetchHistory', () => {
  const asyncConfig = { transport: { type: 'pureengage-v3-rest', async: { enabled: true } } }

  async function restoredWithWindow() {
    const first = setup({ config: asyncConfig })
    await first.start()
    for (const text of ['m1', 'm2', 'm3', 'm4']) first.server.agentSays(text)
    const page = await reloadAfter(first, {
      config: asyncConfig,
      transport: { restoreWindow: 2, historyPageSize: 2 },
    })
    await page.internal('restore')
    await page.service.command('stopPoll')
    return page
  }

  it('fetchHistory.resolved: older messages arrive through messageReceived, in order before the newer ones', async () => {
    const page = await restoredWithWindow()
    const texts = async () => (await page.transcript()).messages.map((m) => m.text ?? m.type)
    expect(await texts()).toEqual(['m3', 'm4'])
    const outcome = await page.service.command('fetchHistory')
    expect(outcome).toMatchObject({ ok: true, row: 'fetchHistory.resolved', value: { status: 200 } })
    expect(await texts()).toEqual(['m1', 'm2', 'm3', 'm4'])
    const last = page.payloadsOf('messageReceived').at(-1) as { messages: ChatMessage[] }
    expect(last.messages.map((m) => m.text)).toEqual(['m1', 'm2'])
  })

  it('fetchHistory.rejected.no-more-messages: everything older has been fetched', async () => {
    const page = await restoredWithWindow()
    await page.service.command('fetchHistory')
    await page.service.command('fetchHistory')
    expect(await page.service.command('fetchHistory')).toEqual(
      textRow('fetchHistory.rejected.no-more-messages'),
    )
  })

  it('fetchHistory.rejected.request-failed: the history call fails → its AJAX Response Object', async () => {
    const page = await restoredWithWindow()
    page.transport.fault('history', 'http')
    const outcome = await page.service.command('fetchHistory')
    expect(outcome).toMatchObject({
      ok: false,
      row: 'fetchHistory.rejected.request-failed',
      value: { status: 500 },
    })
  })

  it('fetchHistory.rejected.not-async: async mode is not enabled', async () => {
    const h = setup()
    await h.start()
    expect(await h.service.command('fetchHistory')).toEqual(textRow('fetchHistory.rejected.not-async'))
    expect(h.transport.callsOf('history')).toHaveLength(0)
  })
})
