import { commandNames, createWebChatService, type EventName, eventNames } from '@chatwire/core'
import { createFakeTransport } from '@chatwire/core/testing'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BusEvent } from '../src/bus-types.js'
import { registerWebChatService } from '../src/register-web-chat-service.js'
import { createWebChatBus, type WebChatBusPlugin } from '../src/web-chat-service-types.js'

// The real core over the core's in-memory fake transport, on fake timers (bus delivery and core timers alike).
beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }))
afterEach(() => vi.useRealTimers())

function setup() {
  const transport = createFakeTransport()
  const service = createWebChatService({ transport })
  const server = {
    /** The agent joins and says something (seen by the next poll). */
    agentSays(text: string) {
      const fake = transport.server
      const session = fake.current
      fake.append(session, 'Message', fake.party(session, 'Ava', 'Agent'), { text })
    },
  }
  if (!('command' in service)) throw new Error('config rejected')
  const bus = createWebChatBus()
  const registered = registerWebChatService(bus, service)
  const me = bus.registerPlugin('MyPlugin') as WebChatBusPlugin
  const settle = () => vi.advanceTimersByTimeAsync(50)
  return { server, service, bus, registered, me, settle }
}

/** Collects done/fail of a deferred. */
function outcome(d: {
  done(fn: (...a: unknown[]) => void): unknown
  fail(fn: (...a: unknown[]) => void): unknown
}) {
  const seen: { done?: unknown[]; fail?: unknown[] } = {}
  d.done((...a) => {
    seen.done = a
  })
  d.fail((...a) => {
    seen.fail = a
  })
  return seen
}

describe('registerWebChatService', () => {
  it('holds commands until the core is ready, then runs them', async () => {
    const { service, me, settle } = setup()
    const early = outcome(me.command('WebChatService.getTranscript'))
    await settle()
    expect(early).toEqual({})
    await service.init()
    await settle()
    expect(early.done?.[0]).toMatchObject({ messages: [] })
  })

  it('republishes ready for late subscribers', async () => {
    const { service, me, settle } = setup()
    await service.init()
    await settle()
    const ready = vi.fn()
    me.subscribe('WebChatService.ready', ready)
    await settle()
    expect(ready).toHaveBeenCalledWith({
      time: expect.any(Number),
      publisher: 'WebChatService',
      event: 'WebChatService.ready',
      data: {},
    })
  })

  it('exposes every catalog command; each settles with its row as the code', async () => {
    const { service, me, settle } = setup()
    await service.init()
    for (const name of commandNames) {
      const seen = outcome(me.command(`WebChatService.${name}` as 'WebChatService.getStats'))
      await settle()
      const [, info] = seen.done ?? seen.fail ?? []
      expect(info, name).toMatchObject({ command: `WebChatService.${name}` })
      if (name !== 'configure')
        expect((info as { code: string }).code.startsWith(`${name}.`), name).toBe(true)
    }
  })

  it('publishes core events as WebChatService.<event> and resolves done before subscribers see them', async () => {
    const { service, server, me, settle } = setup()
    await service.init()
    const order: string[] = []
    const received: BusEvent[] = []
    me.subscribe('WebChatService.started', () => order.push('started event'))
    me.subscribe('WebChatService.messageReceived', (e) => received.push(e))
    me.command('WebChatService.startChat', { nickname: 'Jonny' }).done(() => order.push('done'))
    await settle()
    expect(order).toEqual(['done', 'started event'])
    const sent = outcome(me.command('WebChatService.sendMessage', { message: 'hi' }))
    server.agentSays('hello Jonny')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(sent.done?.[0]).toMatchObject({ status: 200 })
    expect(sent.done?.[1]).toEqual({ code: 'sendMessage.resolved', command: 'WebChatService.sendMessage' })
    const texts = received.flatMap((e) =>
      (e.data as { messages: { text?: string }[] }).messages.map((m) => m.text),
    )
    expect(texts).toEqual(expect.arrayContaining(['hi', 'hello Jonny']))
    expect(received[0]?.publisher).toBe('WebChatService')
  })

  it('publishes every catalog event as WebChatService.<event>, with its payload', async () => {
    // A service double that emits each event name once: checks the mapping, not the core's timing.
    let emit: (event: EventName, payload: unknown) => void = () => undefined
    const service = {
      command: () => Promise.resolve({ ok: true, row: 'x', value: undefined }),
      onAny: (fn: typeof emit) => {
        emit = fn
        return () => undefined
      },
    }
    const bus = createWebChatBus()
    registerWebChatService(bus, service)
    const seen: [string, unknown][] = []
    for (const name of eventNames)
      bus.subscribe(`WebChatService.${name}`, (e) => seen.push([e.event, e.data]))
    for (const name of eventNames) emit(name, { for: name })
    await vi.advanceTimersByTimeAsync(10)
    expect(seen).toEqual(eventNames.map((name) => [`WebChatService.${name}`, { for: name }]))
    // the seed's 29 events, then sleeping and waking (beyond the seed)
    expect(eventNames).toHaveLength(31)
  })

  it('passes the calling plugin, so private commands give the documented rejections', async () => {
    const { service, me, settle } = setup()
    await service.init()
    const poll = outcome(me.command('WebChatService.poll'))
    const restore = outcome(me.command('WebChatService.restore'))
    await settle()
    expect(poll.fail).toEqual([
      'Access Denied to private command. Only WebChatService is allowed to invoke this command.',
      { code: 'poll.rejected.access-denied', command: 'WebChatService.poll' },
    ])
    expect(restore.fail).toEqual([
      'Access Denied to private command. Only WebChatService is allowed to invoke this command in Non-Async mode.',
      { code: 'restore.rejected.access-denied', command: 'WebChatService.restore' },
    ])
  })

  it('rejects with the documented value and its row; await and then work', async () => {
    const { service, me, settle } = setup()
    await service.init()
    const ended = me.command('WebChatService.endChat')
    const caught = ended.then(
      () => 'resolved',
      (reason) => `rejected: ${String(reason)}`,
    )
    await settle()
    await expect(caught).resolves.toBe('rejected: There is no active chat session')
    expect(outcome(ended).fail?.[1]).toEqual({
      code: 'endChat.rejected.no-active-session',
      command: 'WebChatService.endChat',
    })
  })

  it('refuses a second WebChatService on the same bus; dispose stops republishing', async () => {
    const { bus, service, registered, me, settle } = setup()
    expect(registerWebChatService(bus, service)).toEqual({
      ok: false,
      reason: 'name-taken',
      name: 'WebChatService',
    })
    if (!registered.ok) throw new Error('first registration failed')
    registered.dispose()
    const started = vi.fn()
    me.subscribe('WebChatService.started', started)
    await service.init()
    me.command('WebChatService.startChat', {})
    await settle()
    expect(started).not.toHaveBeenCalled()
  })
})
