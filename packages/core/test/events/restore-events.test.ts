import { describe, expect, it } from 'vitest'
import { sessionStorageKey } from '../../src/session/session-store.js'
import { reloadAfter, setup } from '../harness.js'

describe('restore events', () => {
  it('event.restored: {async: false} outside async mode, before the replayed transcript', async () => {
    const first = setup()
    await first.start()
    const page = await reloadAfter(first)
    await page.internal('restore')
    expect(page.payloadsOf('restored')).toEqual([{ async: false }])
    expect(page.names().slice(0, 3)).toEqual(['restored', 'clientConnected', 'messageReceived'])
  })

  it('event.restoreTimeout: the stored session is older than restoreTimeout; it is forgotten', async () => {
    const first = setup({ config: { restoreTimeout: 10_000 } })
    await first.start()
    await first.service.command('stopPoll')
    first.service.dispose()
    await first.clock.advance(10_001)
    const page = await reloadAfter(first, { config: { restoreTimeout: 10_000 } })
    const outcome = await page.internal('restore')
    expect(outcome).toEqual({ ok: false, row: 'restore.rejected.not-found', value: undefined })
    expect(page.names()).toEqual(['restoreTimeout'])
    expect(page.storage.getItem(sessionStorageKey)).toBeNull()
    expect(page.transport.callsOf('restore')).toHaveLength(0)
  })

  it('event.restoreTimeout is not published within restoreTimeout (the last poll counts as activity)', async () => {
    const first = setup({ config: { restoreTimeout: 10_000 } })
    await first.start()
    await first.clock.advance(30_000)
    const page = await reloadAfter(first, { config: { restoreTimeout: 10_000 } })
    await page.clock.advance(5000)
    expect((await page.internal('restore')).ok).toBe(true)
  })

  it('event.restoreFailed: the server is unreachable → error, restoreFailed; the session is kept for a later restore', async () => {
    const first = setup()
    await first.start()
    const page = await reloadAfter(first)
    page.transport.fault('restore', 'network')
    const outcome = await page.internal('restore')
    expect(outcome.row).toBe('restore.rejected.not-found')
    expect(page.names()).toEqual(['error', 'restoreFailed'])
    expect(page.storage.getItem(sessionStorageKey)).not.toBeNull()
    expect((await page.internal('restore')).ok).toBe(true)
  })

  it('event.restoreFailed: the chat ended meanwhile → the stored session is dropped', async () => {
    const first = setup()
    await first.start()
    first.server.endChat()
    const page = await reloadAfter(first)
    expect((await page.internal('restore')).ok).toBe(false)
    expect(page.names()).toEqual(['restoreFailed'])
    expect(page.storage.getItem(sessionStorageKey)).toBeNull()
  })

  it('event.restoredOffline: the server answers but is offline; chatServerBackOnline follows the next good poll', async () => {
    const first = setup()
    await first.start()
    const page = await reloadAfter(first)
    page.transport.fault('restore', 'server-retryable')
    expect((await page.internal('restore')).ok).toBe(true)
    expect(page.names()).toEqual(['restored', 'restoredOffline', 'pollingStarted'])
    await page.clock.advance(300)
    expect(page.names()).toEqual(
      expect.arrayContaining([
        'chatServerBackOnline',
        'connectionRestored',
        'clientConnected',
        'messageReceived',
      ]),
    )
  })
})

describe('restore: filters, gap-fill and async hooks', () => {
  it('filters are stored and recalled on restore for the session', async () => {
    const first = setup()
    await first.start()
    await first.service.command('addPrefilter', { filters: /secret/ })
    first.server.agentSays('a secret')
    first.server.agentSays('public')
    const page = await reloadAfter(first)
    await page.internal('restore')
    expect((await page.transcript()).messages.map((m) => m.text).filter(Boolean)).toEqual(['public'])
    const filters = await page.service.command('addPrefilter', { filters: /other/ })
    expect(filters.value).toEqual([/secret/, /other/])
  })

  it('after a restore, polling continues from the restore cursor and fills the gap without doubles', async () => {
    const first = setup()
    await first.start()
    first.server.agentSays('one')
    await first.clock.advance(300)
    const page = await reloadAfter(first)
    page.server.agentSays('two')
    await page.internal('restore')
    page.server.agentSays('three')
    await page.clock.advance(1000)
    expect((await page.transcript()).messages.map((m) => m.text).filter(Boolean)).toEqual([
      'one',
      'two',
      'three',
    ])
    expect(page.transport.callsOf('poll')[0]?.cursor).toBe(4)
  })

  it('async mode: getSessionData gets the session data, setSessionData hands it back, deleteSessionData when lost', async () => {
    const vault: string[] = []
    const deleted: unknown[] = []
    const cookie = { name: 'Cookie' }
    const received: unknown[][] = []
    const config = {
      transport: {
        type: 'pureengage-v3-rest',
        async: {
          enabled: true,
          getSessionData: (data: unknown, c: unknown, o: unknown) => {
            received.push([c, o])
            vault.push(JSON.stringify(data))
          },
          setSessionData: () => vault.at(-1),
          deleteSessionData: (error: unknown) => deleted.push(error),
        },
      },
    }
    const first = setup({ config, service: { cookie, cookieOptions: { path: '/' } } })
    await first.start()
    expect(JSON.parse(vault[0] ?? '{}')).toMatchObject({ secureKey: 'key-1' })
    expect(received[0]).toEqual([cookie, { path: '/' }])
    first.service.dispose()
    first.storage.removeItem(sessionStorageKey)

    const page = await reloadAfter(first, { config })
    await page.service.init()
    expect(page.names().slice(0, 1)).toEqual(['restored'])
    expect(page.payloadsOf('restored')).toEqual([{ async: true }])

    page.server.sessions.clear()
    await page.clock.advance(1000)
    expect(deleted).toHaveLength(1)
    expect(page.names()).toContain('ended')
  })
})
