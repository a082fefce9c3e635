import { resolutionTexts as texts } from '@chatwire/specs/resolution-texts'
import { describe, expect, it } from 'vitest'
import { sessionStorageKey } from '../../src/session/session-store.js'
import type { AjaxResponse } from '../../src/transport/ajax-response.js'
import { setup } from '../harness.js'

describe('startChat', () => {
  it('startChat.resolved: resolves with the AJAX Response Object and sends the merged userData', async () => {
    const h = setup({ config: { userData: { a: 1, b: 1 } } })
    await h.service.command('updateUserData', { b: 2, c: 2 })
    const outcome = await h.service.command('startChat', {
      nickname: 'Jonny',
      email: 'j@x',
      userData: { c: 3 },
    })
    expect(outcome).toMatchObject({ ok: true, row: 'startChat.resolved' })
    expect((outcome.value as AjaxResponse).status).toBe(200)
    const input = h.transport.callsOf('start')[0]?.input
    expect(input).toEqual({ nickname: 'Jonny', email: 'j@x', userData: { a: 1, b: 2, c: 3 } })
  })

  it('startChat.rejected.already-active: a chat is open', async () => {
    const h = setup()
    await h.start()
    const again = await h.service.command('startChat')
    expect(again).toEqual({
      ok: false,
      row: 'startChat.rejected.already-active',
      value: texts['startChat.rejected.already-active'],
    })
    expect(h.server.sessions.size).toBe(1)
  })

  it('startChat.rejected.already-active: two overlapping calls make one session (single-flight)', async () => {
    const h = setup()
    const release = h.transport.hold('start')
    const first = h.service.command('startChat')
    const second = await h.service.command('startChat')
    release()
    expect((await first).ok).toBe(true)
    expect(second.row).toBe('startChat.rejected.already-active')
    expect(h.transport.callsOf('start')).toHaveLength(1)
    expect(h.server.sessions.size).toBe(1)
  })

  it('startChat.rejected.ajax-exception: no response → the AJAX Response Object, error published', async () => {
    const h = setup()
    h.transport.fault('start', 'network')
    const outcome = await h.service.command('startChat')
    expect(outcome.row).toBe('startChat.rejected.ajax-exception')
    expect(outcome.value).toMatchObject({ status: 0, statusText: 'error' })
    expect(h.names()).toEqual(['error'])
    expect((await h.service.command('startChat')).ok).toBe(true)
  })

  it('startChat.rejected.server-exception: the server reports failure', async () => {
    const h = setup()
    h.transport.fault('start', 'server-fatal')
    const outcome = await h.service.command('startChat')
    expect(outcome.row).toBe('startChat.rejected.server-exception')
    expect((outcome.value as AjaxResponse).responseJSON).toEqual({ statusCode: 2 })
  })

  it('startChat.rejected.invalid-user-data: userData that is not an object', async () => {
    const h = setup()
    for (const userData of ['{not json', [1, 2], 42] as never[]) {
      const outcome = await h.service.command('startChat', { userData })
      expect(outcome).toEqual({
        ok: false,
        row: 'startChat.rejected.invalid-user-data',
        value: texts['startChat.rejected.invalid-user-data'],
      })
    }
    expect(h.transport.callsOf('start')).toHaveLength(0)
    expect((await h.service.command('startChat', { userData: '{"k":"v"}' })).ok).toBe(true)
    expect(h.transport.callsOf('start')[0]?.input?.userData).toEqual({ k: 'v' })
  })
})

describe('endChat', () => {
  it('endChat.resolved: sends the end, stops polling, publishes clientDisconnected and ended, forgets the session', async () => {
    const h = setup()
    await h.start()
    expect(h.storage.getItem(sessionStorageKey)).not.toBeNull()
    h.events.length = 0
    const outcome = await h.service.command('endChat')
    expect(outcome).toMatchObject({ ok: true, row: 'endChat.resolved', value: { status: 200 } })
    expect(h.names()).toEqual(['pollingStopped', 'clientDisconnected', 'ended'])
    expect(h.transport.callsOf('send').at(-1)?.op).toEqual({ kind: 'end' })
    expect(h.storage.getItem(sessionStorageKey)).toBeNull()
    await h.clock.advance(10_000)
    expect(h.transport.callsOf('poll')).toHaveLength(0)
  })

  it('endChat.rejected.no-active-session: before any chat, and on a second call (safe twice)', async () => {
    const h = setup()
    const expected = {
      ok: false,
      row: 'endChat.rejected.no-active-session',
      value: texts['endChat.rejected.no-active-session'],
    }
    expect(await h.service.command('endChat')).toEqual(expected)
    await h.start()
    const [a, b] = await Promise.all([h.service.command('endChat'), h.service.command('endChat')])
    expect(a.ok).toBe(true)
    expect(b).toEqual(expected)
    expect(await h.service.command('endChat')).toEqual(expected)
    expect(h.names().filter((n) => n === 'ended')).toHaveLength(1)
  })

  it('endChat.rejected.ajax-exception (beyond the seed): the end fails on the wire, the chat still ends here', async () => {
    const h = setup()
    await h.start()
    h.transport.fault('send', 'network')
    const outcome = await h.service.command('endChat')
    expect(outcome).toMatchObject({ ok: false, row: 'endChat.rejected.ajax-exception', value: { status: 0 } })
    expect(h.names()).toContain('ended')
    expect((await h.service.command('sendMessage', { message: 'x' })).row).toBe(
      'sendMessage.rejected.no-active-session',
    )
  })
})
