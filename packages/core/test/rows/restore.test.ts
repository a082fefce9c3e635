import { resolutionTexts as texts } from '@chatwire/specs/resolution-texts'
import { describe, expect, it } from 'vitest'
import { sessionStorageKey } from '../../src/session/session-store.js'
import { reloadAfter, setup } from '../harness.js'

const textRow = (row: keyof typeof texts) => ({ ok: false, row, value: texts[row] })

describe('restore', () => {
  it('restore.resolved: a stored session is found after a page load; the transcript is replayed', async () => {
    const first = setup()
    await first.start()
    first.server.agentJoins()
    first.server.agentSays('before reload')
    await first.clock.advance(300)
    const page = await reloadAfter(first)
    const outcome = await page.internal('restore')
    expect(outcome).toEqual({ ok: true, row: 'restore.resolved', value: undefined })
    expect(page.names().slice(0, 1)).toEqual(['restored'])
    const received = page.payloadsOf('messageReceived') as {
      restoring: boolean
      messages: { text?: string }[]
    }[]
    expect(received[0]?.restoring).toBe(true)
    expect(received[0]?.messages.map((m) => m.text)).toContain('before reload')
    expect(page.names()).toContain('pollingStarted')
  })

  it('restore.rejected.not-found: nothing stored → n/a (undefined)', async () => {
    const h = setup()
    expect(await h.internal('restore')).toEqual({
      ok: false,
      row: 'restore.rejected.not-found',
      value: undefined,
    })
    expect(h.transport.callsOf('restore')).toHaveLength(0)
  })

  it('restore.rejected.in-progress: a restore is already running', async () => {
    const first = setup()
    await first.start()
    const page = await reloadAfter(first)
    const release = page.transport.hold('restore')
    const running = page.internal('restore')
    expect(await page.internal('restore')).toEqual(textRow('restore.rejected.in-progress'))
    release()
    expect((await running).ok).toBe(true)
  })

  it('restore.rejected.already-active: a chat is open; nothing is restored', async () => {
    const h = setup()
    await h.start()
    expect(await h.internal('restore')).toEqual(textRow('restore.rejected.already-active'))
    expect(h.transport.callsOf('restore')).toHaveLength(0)
    expect(h.names()).not.toContain('restored')
  })

  it('restore.rejected.access-denied: a caller other than WebChatService, outside async mode', async () => {
    const first = setup()
    await first.start()
    const page = await reloadAfter(first)
    expect(await page.service.command('restore', undefined, { caller: 'MyPlugin' })).toEqual(
      textRow('restore.rejected.access-denied'),
    )
    expect(page.transport.callsOf('restore')).toHaveLength(0)
    expect(page.storage.getItem(sessionStorageKey)).not.toBeNull()
  })

  it('restore.rejected.access-denied does not apply in async mode: anyone may restore', async () => {
    const asyncConfig = { transport: { type: 'pureengage-v3-rest', async: { enabled: true } } }
    const first = setup({ config: asyncConfig })
    await first.start()
    const page = await reloadAfter(first, { config: asyncConfig })
    const outcome = await page.service.command('restore', undefined, { caller: 'MyPlugin' })
    expect(outcome.row).toBe('restore.resolved')
    expect(page.payloadsOf('restored')).toEqual([{ async: true }])
  })
})
