import { describe, expect, it } from 'vitest'
import { gmsStart, send } from '../../test/wire.js'
import { createManualClock } from '../clock.js'
import { createMockChatServer } from '../mock-chat-server.js'

const transcript = (server: ReturnType<typeof createMockChatServer>, id: string) => {
  const d = server.admin.session(id)
  if (!d.ok) throw new Error(d.message)
  return d.value.transcript.map((e) => `${e.from.name}:${e.type}${e.text === undefined ? '' : `:${e.text}`}`)
}

describe('scripted agents on the injected clock', () => {
  it('demo: the bot greets and leaves, Ava joins after 2 s, types before echoing', async () => {
    const clock = createManualClock(0)
    const server = createMockChatServer({ scenario: 'demo', clock })
    const chat = await gmsStart(server)
    expect(transcript(server, chat.chatId)).toEqual([
      'Carla:ParticipantJoined',
      'Chatwire Bot:ParticipantJoined',
      'Chatwire Bot:Message:Hi! I am the chatwire bot. An agent will be with you shortly.',
    ])
    clock.advance(1999)
    expect(transcript(server, chat.chatId)).toHaveLength(4) // the bot left at 1.5 s
    clock.advance(1)
    expect(transcript(server, chat.chatId).slice(4)).toEqual([
      'Ava:ParticipantJoined',
      'Ava:Message:Hello, this is Ava. How can I help you today?',
    ])
    await send(server, chat, 'my order')
    clock.advance(300)
    expect(transcript(server, chat.chatId).at(-1)).toBe('Ava:TypingStarted')
    clock.advance(799)
    expect(transcript(server, chat.chatId).at(-1)).toBe('Ava:TypingStarted')
    clock.advance(1)
    expect(transcript(server, chat.chatId).slice(-2)).toEqual([
      'Ava:TypingStopped',
      'Ava:Message:You said: my order',
    ])
  })

  it('leaves after N answers and can end the chat; canned replies win over echo', async () => {
    const clock = createManualClock(0)
    const server = createMockChatServer({
      clock,
      scenario: {
        name: 't',
        agents: [
          {
            name: 'Ava',
            joinAfterMs: 0,
            echo: true,
            replies: [{ match: 'price', reply: '42 EUR' }],
            leaveAfterMessages: 2,
            farewell: 'bye',
            endChatOnLeave: true,
          },
        ],
      },
    })
    const chat = await gmsStart(server)
    await send(server, chat, 'what is the price?')
    await send(server, chat, 'thanks')
    expect(transcript(server, chat.chatId).slice(2)).toEqual([
      'Carla:Message:what is the price?',
      'Ava:Message:42 EUR',
      'Carla:Message:thanks',
      'Ava:Message:thanks',
      'Ava:Message:bye',
      'Ava:ParticipantLeft',
      'Carla:ParticipantLeft',
    ])
    const d = server.admin.session(chat.chatId)
    expect(d.ok && d.value.ended).toBe(true)
  })

  it('a supervisor joins and leaves on schedule; ending the session disarms pending timers', async () => {
    const clock = createManualClock(0)
    const server = createMockChatServer({
      clock,
      scenario: {
        name: 's',
        agents: [{ name: 'Sam', type: 'Supervisor', joinAfterMs: 1000, leaveAfterMs: 1000 }],
      },
    })
    const a = await gmsStart(server, 'A')
    const b = await gmsStart(server, 'B')
    server.admin.end(b.chatId)
    clock.advance(2000)
    expect(transcript(server, a.chatId)).toEqual([
      'A:ParticipantJoined',
      'Sam:ParticipantJoined',
      'Sam:ParticipantLeft',
    ])
    expect(transcript(server, b.chatId)).toEqual(['B:ParticipantJoined', 'B:ParticipantLeft'])
    expect(clock.pending()).toBe(0)
  })

  it('idle policy: IdleAlert, then IdleClose and the end; client activity re-arms it', async () => {
    const clock = createManualClock(0)
    const server = createMockChatServer({
      clock,
      scenario: { name: 'i', agents: [], idle: { alertAfterMs: 1000, closeAfterMs: 500 } },
    })
    const chat = await gmsStart(server)
    clock.advance(900)
    await send(server, chat, 'still here')
    clock.advance(900)
    expect(transcript(server, chat.chatId)).toHaveLength(2)
    clock.advance(100)
    expect(transcript(server, chat.chatId).at(-1)).toMatch(/^system:IdleAlert/)
    clock.advance(500)
    expect(transcript(server, chat.chatId).slice(-2)).toEqual([
      'system:IdleClose:This chat was closed for inactivity.',
      'Carla:ParticipantLeft',
    ])
  })

  it('client typing without a stop ends after the scenario typing timeout', async () => {
    const clock = createManualClock(0)
    const server = createMockChatServer({ clock, scenario: { name: 'x', agents: [], typingTimeoutMs: 3000 } })
    const chat = await gmsStart(server)
    const { gmsPost, identity } = await import('../../test/wire.js')
    await gmsPost(server, `/${chat.chatId}/startTyping`, [...identity(chat), ['message', 'a']])
    clock.advance(2999)
    expect(transcript(server, chat.chatId).at(-1)).toBe('Carla:TypingStarted:a')
    clock.advance(1)
    expect(transcript(server, chat.chatId).at(-1)).toBe('Carla:TypingStopped')
  })
})
