import type { AjaxResponse, MessageReceivedPayload, Transcript } from '@chatwire/core'
import { describe, expectTypeOf, it } from 'vitest'
import type { BusDeferred } from './deferred.js'
import { createWebChatBus, type WebChatBusPlugin } from './web-chat-service-types.js'

// Compile-time checks (run by `pnpm typecheck`): the maps type options, results and payloads.
describe('WebChatService typed maps', () => {
  it('checks command options and results', () => {
    const bus = createWebChatBus({ schedule: () => undefined })
    const plugin = bus.registerPlugin('Typed') as WebChatBusPlugin
    expectTypeOf(plugin.command('WebChatService.sendMessage', { message: 'hi' })).toEqualTypeOf<
      BusDeferred<AjaxResponse>
    >()
    expectTypeOf(plugin.command('WebChatService.getTranscript')).toEqualTypeOf<BusDeferred<Transcript>>()
    // @ts-expect-error sendCustomNotice's message is a string
    plugin.command('WebChatService.sendCustomNotice', { message: 42 })
    // @ts-expect-error startChat has no option `nick`
    plugin.command('WebChatService.startChat', { nick: 'Jonny' })
    // @ts-expect-error getTranscript takes no options
    plugin.command('WebChatService.getTranscript', { all: true })
    // Names outside the map stay callable, untyped (checked at run time by the bus).
    expectTypeOf(plugin.command('Other.thing', { any: 1 })).toEqualTypeOf<BusDeferred<unknown>>()
  })

  it('types event payloads; n/a payloads arrive as {}', () => {
    const bus = createWebChatBus({ schedule: () => undefined })
    bus.subscribe('WebChatService.messageReceived', (e) => {
      expectTypeOf(e.data).toEqualTypeOf<MessageReceivedPayload>()
    })
    bus.subscribe('WebChatService.ready', (e) => {
      expectTypeOf(e.data).toEqualTypeOf<Record<string, never>>()
    })
    // @ts-expect-error messageReceived data has no `text`
    bus.subscribe('WebChatService.messageReceived', (e) => e.data.text)
  })
})
