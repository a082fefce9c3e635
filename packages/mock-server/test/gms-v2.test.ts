import { describe, expect, it } from 'vitest'
import { createManualClock, createMockChatServer } from '../src/index.js'
import { GMS, gmsPost, gmsStart, identity, refresh, send, type WireEvent } from './wire.js'

const silent = () => createMockChatServer({ scenario: 'silent', clock: createManualClock(1_700_000_000_000) })

describe('GMS Chat API v2', () => {
  it('accepts the real widget request chat and echoes the identity in every reply', async () => {
    const server = silent()
    const chat = await gmsStart(server)
    expect(chat.body).toMatchObject({ statusCode: 0, chatEnded: false, nextPosition: 2 })
    expect(chat.body.messages).toEqual([
      {
        from: { nickname: 'Carla', participantId: 1, type: 'Client' },
        index: 1,
        type: 'ParticipantJoined',
        utcTime: 1_700_000_000_000,
      },
    ])
    const r = await refresh(server, chat)
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({
      statusCode: 0,
      chatEnded: false,
      chatId: chat.chatId,
      alias: chat.alias,
      secureKey: chat.secureKey,
      userId: chat.userId,
    })
  })

  it('accepts the service path without a trailing slash, stores user data', async () => {
    const server = silent()
    const r = await gmsPost(server, '', [
      ['firstName', 'First'],
      ['lastName', 'Last'],
      ['subject', 'Subject to'],
      ['userData[a][b]', 'x'],
    ])
    expect(r.status).toBe(200)
    const detail = server.admin.session(r.body.chatId ?? '')
    expect(detail.ok && detail.value.clientName).toBe('First Last')
    expect(detail.ok && detail.value.userData).toEqual({ a: { b: 'x' } })
  })

  it('returns events from transcriptPosition; the client message comes back through refresh', async () => {
    const server = silent()
    const chat = await gmsStart(server)
    expect((await send(server, chat, 'hello there')).body.statusCode).toBe(0)
    server.admin.join(chat.chatId, { name: 'Ava' })
    server.admin.say(chat.chatId, 'Hi Carla')
    const all = await refresh(server, chat, 1)
    expect((all.body.messages ?? []).map((m: WireEvent) => [m.index, m.type, m.text])).toEqual([
      [1, 'ParticipantJoined', undefined],
      [2, 'Message', 'hello there'],
      [3, 'ParticipantJoined', undefined],
      [4, 'Message', 'Hi Carla'],
    ])
    expect(all.body.nextPosition).toBe(5)
    const tail = await refresh(server, chat, 4)
    expect((tail.body.messages ?? []).map((m: WireEvent) => m.index)).toEqual([4])
    expect((await refresh(server, chat, 0)).body.messages).toEqual([])
  })

  it('answers calls with no chat (//refresh) with JSON 400, code 161', async () => {
    const server = silent()
    const r = await gmsPost(server, '//refresh', [
      ['alias', ''],
      ['secureKey', ''],
      ['userId', ''],
      ['transcriptPosition', '1'],
      ['message', ''],
    ])
    expect(r).toEqual({
      status: 400,
      body: expect.objectContaining({
        statusCode: 2,
        chatEnded: true,
        errors: [expect.objectContaining({ code: 161 })],
      }),
    })
  })

  it('ends from the server side with ParticipantLeft events and chatEnded:true', async () => {
    const server = silent()
    const chat = await gmsStart(server)
    server.admin.join(chat.chatId, { name: 'Ava' })
    server.admin.end(chat.chatId)
    const r = await refresh(server, chat, 3)
    expect(r.body.chatEnded).toBe(true)
    expect((r.body.messages ?? []).map((m: WireEvent) => [m.type, m.from.nickname])).toEqual([
      ['ParticipantLeft', 'Ava'],
      ['ParticipantLeft', 'Carla'],
    ])
  })

  it('disconnect ends the chat; later writes get statusCode 2', async () => {
    const server = silent()
    const chat = await gmsStart(server)
    const d = await gmsPost(server, `/${chat.chatId}/disconnect`, identity(chat))
    expect(d.body).toMatchObject({ statusCode: 0, chatEnded: true })
    const s = await send(server, chat, 'too late')
    expect(s.status).toBe(400)
    expect(s.body).toMatchObject({ statusCode: 2, chatEnded: true })
  })

  it('typing, custom notice without message, updateData merge, pushUrl, nickname', async () => {
    const server = silent()
    const chat = await gmsStart(server)
    const id = identity(chat)
    await gmsPost(server, `/${chat.chatId}/startTyping`, [
      ...id,
      ['transcriptPosition', '2'],
      ['message', 'hel'],
    ])
    await gmsPost(server, `/${chat.chatId}/stopTyping`, [
      ...id,
      ['transcriptPosition', '2'],
      ['message', 'hel'],
    ])
    const wake = await gmsPost(server, `/${chat.chatId}/customNotice`, [
      ...id,
      ['eventAttributes', '{"purpose":"cancel-idle-timer"}'],
    ])
    expect(wake.body.statusCode).toBe(0)
    await gmsPost(server, `/${chat.chatId}/customNotice`, [...id, ['message', 'note']])
    await gmsPost(server, `/${chat.chatId}/updateData`, [...id, ['userData[k]', 'v']])
    await gmsPost(server, `/${chat.chatId}/pushUrl`, [...id, ['pushUrl', 'https://example.com/']])
    await gmsPost(server, `/${chat.chatId}/updateNickname`, [...id, ['nickname', 'Carla B']])
    const r = await refresh(server, chat, 2)
    expect((r.body.messages ?? []).map((m: WireEvent) => [m.type, m.text])).toEqual([
      ['TypingStarted', 'hel'],
      ['TypingStopped', 'hel'],
      ['CustomNotice', 'note'],
      ['PushUrl', 'https://example.com/'],
      ['NicknameUpdated', 'Carla B'],
    ])
    const detail = server.admin.session(chat.chatId)
    expect(detail.ok && detail.value.userData).toEqual({
      GCTI_LanguageCode: 'en',
      _genesys_source: 'web',
      _genesys_referrer: '',
      _genesys_widgets: '9.0.018.07',
      k: 'v',
    })
  })

  it('refuses an unknown service with code 306', async () => {
    const server = silent()
    const res = await server.fetch(
      new Request(GMS.replace('customer-support', 'other'), { method: 'POST', body: '' }),
    )
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ errors: [expect.objectContaining({ code: 306 })] })
  })
})

describe('GMS nextPosition', () => {
  it('appears only in replies that carry the transcript, so a client following it skips nothing', async () => {
    const server = createMockChatServer({ scenario: 'silent', clock: createManualClock(0) })
    const chat = await gmsStart(server)
    const s = await send(server, chat, 'one')
    expect(s.body.nextPosition).toBeUndefined()
    expect(s.body.messages).toBeUndefined()
    const withPosition = await gmsPost(server, `/${chat.chatId}/send`, [
      ...identity(chat),
      ['message', 'two'],
      ['transcriptPosition', '2'],
    ])
    expect((withPosition.body.messages ?? []).map((m: WireEvent) => m.text)).toEqual(['one', 'two'])
    expect(withPosition.body.nextPosition).toBe(4)
  })
})
