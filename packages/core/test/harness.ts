import { expect } from 'vitest'
import { createMemoryStorage, type StorageLike } from '../src/config/storage.js'
import type { EventName } from '../src/names.js'
import type { FakeTransportOptions } from '../src/testing/fake-transport.js'
import { createFakeClock, createFakeTransport, type FakeClock } from '../src/testing/index.js'
import {
  createWebChatService,
  type WebChatService,
  type WebChatServiceOptions,
} from '../src/web-chat-service.js'

export interface Published {
  readonly event: EventName
  readonly payload: unknown
}

/** A service on a fake transport and a virtual clock, recording every event it publishes. */
export function setup(
  options: {
    transport?: FakeTransportOptions
    config?: unknown
    storage?: StorageLike
    service?: Partial<WebChatServiceOptions>
    clock?: FakeClock
  } = {},
) {
  const clock = options.clock ?? createFakeClock()
  const transport = createFakeTransport(options.transport)
  const storage = options.storage ?? createMemoryStorage()
  const created = createWebChatService({
    transport,
    clock,
    storage,
    config: options.config,
    ...options.service,
  })
  if (!('command' in created)) throw new Error(`bad config: ${JSON.stringify(created.issues)}`)
  const service: WebChatService = created
  const events: Published[] = []
  service.onAny((event, payload) => events.push({ event, payload }))
  const names = () => events.map((e) => e.event)
  const payloadsOf = (event: EventName) => events.filter((e) => e.event === event).map((e) => e.payload)
  /** Runs a command as the service itself would (caller 'WebChatService'). */
  const internal = <K extends Parameters<WebChatService['command']>[0]>(
    name: K,
    o?: Parameters<WebChatService['command']>[1],
  ) => service.command(name, o as never, { caller: 'WebChatService' })
  const start = async () => {
    const outcome = await service.command('startChat', { nickname: 'Jonny' })
    expect(outcome.ok).toBe(true)
    return outcome
  }
  /** getTranscript's value (the command always resolves). */
  const transcript = async () => {
    const outcome = await service.command('getTranscript')
    if (!outcome.ok) throw new Error('getTranscript rejected')
    return outcome.value
  }
  return {
    transcript,
    clock,
    transport,
    server: transport.server,
    storage,
    service,
    events,
    names,
    payloadsOf,
    internal,
    start,
  }
}

/** A first "page" with a chat, then a second "page" on the same storage, server and clock (a page load). */
export async function reloadAfter(first: ReturnType<typeof setup>, extra: Parameters<typeof setup>[0] = {}) {
  first.service.dispose()
  return setup({
    ...extra,
    clock: first.clock,
    storage: first.storage,
    transport: { ...extra.transport, server: first.server },
  })
}
