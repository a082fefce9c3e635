import { resolutionTexts as texts } from '@chatwire/specs/resolution-texts'
import { describe, expect, it } from 'vitest'
import { sessionStorageKey } from '../../src/session/session-store.js'
import { setup } from '../harness.js'

const noSession = (row: keyof typeof texts) => ({ ok: false, row, value: texts[row] })

describe('sendMessage', () => {
  it('sendMessage.resolved: sends the text; it comes back through polling', async () => {
    const h = setup()
    await h.start()
    const outcome = await h.service.command('sendMessage', { message: 'hi', type: 'text' })
    expect(outcome).toMatchObject({ ok: true, row: 'sendMessage.resolved', value: { status: 200 } })
    expect(h.transport.callsOf('send')[0]?.op).toEqual({ kind: 'message', text: 'hi', messageType: 'text' })
    await h.clock.advance(1000)
    expect((await h.transcript()).messages.map((m) => m.text)).toContain('hi')
  })

  it('sendMessage.rejected.no-message-text: missing, blank or not a string', async () => {
    const h = setup()
    await h.start()
    for (const message of [undefined, '', '   ', 42]) {
      expect(await h.service.command('sendMessage', { message })).toEqual(
        noSession('sendMessage.rejected.no-message-text'),
      )
    }
    expect(h.transport.callsOf('send')).toHaveLength(0)
  })

  it('sendMessage.rejected.no-active-session: no chat open', async () => {
    const h = setup()
    expect(await h.service.command('sendMessage', { message: 'hi' })).toEqual(
      noSession('sendMessage.rejected.no-active-session'),
    )
  })

  it('sendMessage.rejected.ajax-exception: the send fails → its AJAX Response Object', async () => {
    const h = setup()
    await h.start()
    h.transport.fault('send', 'timeout')
    const outcome = await h.service.command('sendMessage', { message: 'hi' })
    expect(outcome).toMatchObject({
      ok: false,
      row: 'sendMessage.rejected.ajax-exception',
      value: { status: 0, statusText: 'timeout' },
    })
  })
})

describe('sendCustomNotice', () => {
  it('sendCustomNotice.resolved: sends the notice', async () => {
    const h = setup()
    await h.start()
    const outcome = await h.service.command('sendCustomNotice', { message: 'bye' })
    expect(outcome).toMatchObject({ ok: true, row: 'sendCustomNotice.resolved', value: { status: 200 } })
    expect(h.transport.callsOf('send')[0]?.op).toEqual({ kind: 'customNotice', text: 'bye' })
  })

  it('sendCustomNotice.rejected.ajax-exception: the call fails', async () => {
    const h = setup()
    await h.start()
    h.transport.fault('send', 'http')
    const outcome = await h.service.command('sendCustomNotice', { message: 'bye' })
    expect(outcome).toMatchObject({
      ok: false,
      row: 'sendCustomNotice.rejected.ajax-exception',
      value: { status: 500 },
    })
  })

  it('sendCustomNotice.rejected.not-supported: the transport has no customNotice capability', async () => {
    const h = setup({ transport: { capabilities: { customNotice: false } } })
    await h.start()
    expect(await h.service.command('sendCustomNotice', { message: 'bye' })).toEqual(
      noSession('sendCustomNotice.rejected.not-supported'),
    )
    expect(h.transport.callsOf('send')).toHaveLength(0)
  })

  it('sendCustomNotice.rejected.no-active-session (core-only): no chat open', async () => {
    const h = setup()
    const outcome = await h.service.command('sendCustomNotice', { message: 'bye' })
    expect(outcome).toEqual({
      ok: false,
      row: 'sendCustomNotice.rejected.no-active-session',
      value: texts['endChat.rejected.no-active-session'],
    })
  })
})

describe('sendTyping', () => {
  it('sendTyping.resolved: the first call of a burst sends TypingStarted; the burst ends after 2 s', async () => {
    const h = setup()
    await h.start()
    h.events.length = 0
    const first = await h.service.command('sendTyping', { message: 'he' })
    const second = await h.service.command('sendTyping', { Message: 'hel' })
    expect(first).toMatchObject({ ok: true, row: 'sendTyping.resolved', value: { status: 200 } })
    expect(second).toMatchObject({ ok: true, row: 'sendTyping.resolved', value: { status: 200 } })
    const typingOps = () => h.transport.callsOf('send').map((c) => c.op?.kind)
    expect(typingOps()).toEqual(['typingStarted'])
    expect(h.transport.callsOf('send')[0]?.op).toEqual({ kind: 'typingStarted', text: 'he' })
    await h.clock.advance(1999)
    expect(typingOps()).toEqual(['typingStarted'])
    await h.clock.advance(1)
    expect(typingOps()).toEqual(['typingStarted', 'typingStopped'])
    expect(h.names().filter((n) => n.startsWith('clientTyping'))).toEqual([
      'clientTypingStarted',
      'clientTypingStopped',
    ])
  })

  it('sendTyping.rejected.ajax-exception: TypingStarted fails', async () => {
    const h = setup()
    await h.start()
    h.transport.fault('send', 'network')
    const outcome = await h.service.command('sendTyping')
    expect(outcome).toMatchObject({
      ok: false,
      row: 'sendTyping.rejected.ajax-exception',
      value: { status: 0 },
    })
    expect(h.names()).not.toContain('clientTypingStarted')
  })

  it('sendTyping.rejected.no-active-session: no chat open', async () => {
    const h = setup()
    expect(await h.service.command('sendTyping')).toEqual(noSession('sendTyping.rejected.no-active-session'))
  })
})

describe('sendFilteredMessage and addPrefilter', () => {
  it('sendFilteredMessage.resolved: sends the message and hides it from the transcript; the filter is stored', async () => {
    const h = setup()
    await h.start()
    const outcome = await h.service.command('sendFilteredMessage', {
      message: 'token 1234',
      regex: /token \d+/,
    })
    expect(outcome).toEqual({ ok: true, row: 'sendFilteredMessage.resolved', value: undefined })
    expect(h.transport.callsOf('send')[0]?.op).toEqual({ kind: 'message', text: 'token 1234' })
    await h.service.command('sendMessage', { message: 'visible' })
    await h.clock.advance(1000)
    const texts = (await h.transcript()).messages.map((m) => m.text)
    expect(texts).toContain('visible')
    expect(texts).not.toContain('token 1234')
    expect(h.storage.getItem(sessionStorageKey)).toContain('token \\\\d+')
  })

  it('sendFilteredMessage.rejected.no-active-session: no chat open', async () => {
    const h = setup()
    expect(await h.service.command('sendFilteredMessage', { message: 'x', regex: /x/ })).toEqual(
      noSession('sendFilteredMessage.rejected.no-active-session'),
    )
  })

  it('addPrefilter.resolved: one RegExp or an array; resolves with every registered prefilter', async () => {
    const h = setup()
    const a = /secret/
    const b = /hidden/i
    expect(await h.service.command('addPrefilter', { filters: a })).toEqual({
      ok: true,
      row: 'addPrefilter.resolved',
      value: [a],
    })
    const outcome = await h.service.command('addPrefilter', { filters: [b, a] })
    expect(outcome).toEqual({ ok: true, row: 'addPrefilter.resolved', value: [a, b] })
    await h.start()
    h.server.agentSays('a secret')
    h.server.agentSays('HIDDEN thing')
    h.server.agentSays('plain')
    await h.clock.advance(300)
    expect((await h.transcript()).messages.map((m) => m.text).filter(Boolean)).toEqual(['plain'])
  })

  it('addPrefilter.rejected.invalid-filters: missing, empty, or not regular expressions', async () => {
    const h = setup()
    for (const filters of [undefined, [], 'abc', [/ok/, 'no']]) {
      expect(await h.service.command('addPrefilter', { filters })).toEqual(
        noSession('addPrefilter.rejected.invalid-filters'),
      )
    }
  })
})

describe('updateUserData', () => {
  it('updateUserData.resolved.sent: a session is open → the new keys are sent', async () => {
    const h = setup()
    await h.start()
    const outcome = await h.service.command('updateUserData', { firstname: 'Joe' })
    expect(outcome).toMatchObject({ ok: true, row: 'updateUserData.resolved.sent', value: { status: 200 } })
    expect(h.transport.callsOf('send')[0]?.op).toEqual({ kind: 'userData', userData: { firstname: 'Joe' } })
    expect(h.server.current.userData).toMatchObject({ firstname: 'Joe' })
  })

  it('updateUserData.rejected.ajax-exception: the update fails', async () => {
    const h = setup()
    await h.start()
    h.transport.fault('send', 'network')
    const outcome = await h.service.command('updateUserData', { firstname: 'Joe' })
    expect(outcome).toMatchObject({
      ok: false,
      row: 'updateUserData.rejected.ajax-exception',
      value: { status: 0 },
    })
  })

  it('updateUserData.resolved.merged-before-session: resolves with the merged internal userData', async () => {
    const h = setup({ config: { userData: { lang: 'en' } } })
    const outcome = await h.service.command('updateUserData', { firstname: 'Joe' })
    expect(outcome).toEqual({
      ok: true,
      row: 'updateUserData.resolved.merged-before-session',
      value: { lang: 'en', firstname: 'Joe' },
    })
    expect(h.transport.callsOf('send')).toHaveLength(0)
  })

  it('updateUserData.rejected.not-supported: a session is open and the transport cannot update it', async () => {
    const h = setup({ transport: { capabilities: { updateUserDataInSession: false } } })
    await h.start()
    expect(await h.service.command('updateUserData', { a: 1 })).toEqual(
      noSession('updateUserData.rejected.not-supported'),
    )
    expect(h.transport.callsOf('send')).toHaveLength(0)
  })
})
