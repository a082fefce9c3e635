import { resolutionTexts as texts } from '@chatwire/specs/resolution-texts'
import { describe, expect, it } from 'vitest'
import { reloadAfter, setup } from '../harness.js'

// Two commands beyond the seed that the original WebChatService has (real-widget.md §3.2, catalog rows).
describe('getFileLimits', () => {
  it('getFileLimits.resolved: the limits reply, as the raw JSON text the original resolves with', async () => {
    const h = setup()
    await h.start()
    const outcome = await h.service.command('getFileLimits')
    expect(outcome).toMatchObject({ ok: true, row: 'getFileLimits.resolved' })
    expect(typeof outcome.value).toBe('string')
    expect(JSON.parse(outcome.value as string)).toMatchObject({ fileLimits: { uploadMaxFiles: 5 } })
    expect(h.transport.callsOf('fileLimits')).toHaveLength(1)
  })

  it('getFileLimits.rejected.ajax-exception: a failed call rejects with the AJAX Response Object and publishes error', async () => {
    const h = setup()
    await h.start()
    h.transport.fault('fileLimits', 'http')
    expect(await h.service.command('getFileLimits')).toMatchObject({
      ok: false,
      row: 'getFileLimits.rejected.ajax-exception',
      value: { status: 500 },
    })
    expect(h.names()).toContain('error')
    expect(h.names()).not.toContain('ended')
  })

  it('getFileLimits.rejected.ajax-exception with no chat open: the call still goes out, without a session, as in the original', async () => {
    const h = setup()
    const outcome = await h.service.command('getFileLimits')
    expect(outcome).toMatchObject({ ok: false, row: 'getFileLimits.rejected.ajax-exception' })
    expect(h.transport.callsOf('fileLimits')).toEqual([{ method: 'fileLimits', session: {} }])
    expect(h.names()).toEqual(['error'])
  })

  it('getFileLimits.rejected.not-supported: the transport has no file limits', async () => {
    const h = setup({ transport: { capabilities: { fileLimits: false } } })
    await h.start()
    expect(await h.service.command('getFileLimits')).toEqual({
      ok: false,
      row: 'getFileLimits.rejected.not-supported',
      value: texts['getFileLimits.rejected.not-supported'],
    })
    expect(h.transport.callsOf('fileLimits')).toHaveLength(0)
  })
})

describe('verifySession', () => {
  const active = (sessionActive: boolean) => ({
    ok: true,
    row: 'verifySession.resolved',
    value: { sessionActive },
  })

  it('verifySession.resolved: false with no chat, true during one, false after it ends; no wire call', async () => {
    const h = setup()
    expect(await h.service.command('verifySession')).toEqual(active(false))
    await h.start()
    expect(await h.service.command('verifySession')).toEqual(active(true))
    await h.service.command('endChat')
    expect(await h.service.command('verifySession')).toEqual(active(false))
    expect(h.transport.calls.map((c) => c.method)).not.toContain('restore')
  })

  it('verifySession.resolved: a stored session is restorable within restoreTimeout, not after it', async () => {
    const first = setup()
    await first.start()
    const page = await reloadAfter(first)
    expect(await page.service.command('verifySession')).toEqual(active(true))
    await page.clock.advance(60_001)
    expect(await page.service.command('verifySession')).toEqual(active(false))
    expect(page.transport.callsOf('restore')).toHaveLength(0)
    expect(page.names()).toEqual([])
  })

  it('verifySession.resolved: a call made during a restore answers after it, with its outcome', async () => {
    const first = setup()
    await first.start()
    const page = await reloadAfter(first)
    const release = page.transport.hold('restore')
    const seen: string[] = []
    const restoring = page.internal('restore').then((o) => seen.push(o.row))
    const verifying = page.service
      .command('verifySession')
      .then((o) => seen.push(`verifySession ${JSON.stringify(o.value)}`))
    await page.clock.advance(0)
    expect(seen).toEqual([])
    release()
    await Promise.all([restoring, verifying])
    expect(seen).toEqual(['restore.resolved', 'verifySession {"sessionActive":true}'])
  })
})
