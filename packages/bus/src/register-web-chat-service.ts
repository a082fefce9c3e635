import { type CommandName, commandNames, type EventName, eventNames } from '@chatwire/core'
import type { Bus, BusPlugin } from './bus-types.js'
import { WEB_CHAT_SERVICE } from './web-chat-service-types.js'

/** The part of the core's WebChatService the plugin drives (what `createWebChatService` returns). */
export interface WebChatServiceLike {
  command(
    name: CommandName,
    options?: never,
    context?: { caller?: string },
  ): Promise<{ readonly ok: boolean; readonly row: string; readonly value: unknown }>
  onAny(fn: (event: EventName, payload: unknown) => void): () => void
}

/** Second argument of `done`/`fail` callbacks for WebChatService commands: the catalog row that applied. */
export interface WebChatOutcomeInfo {
  readonly code: string
  readonly command: string
}

export type RegisterWebChatServiceResult =
  | { readonly ok: true; readonly plugin: BusPlugin; readonly dispose: () => void }
  | { readonly ok: false; readonly reason: 'name-taken'; readonly name: typeof WEB_CHAT_SERVICE }

/**
 * Registers the `WebChatService` plugin over a core instance: every catalog command becomes
 * `WebChatService.<command>` (the caller's plugin name is passed as `context.caller`, so the core
 * gives the private-command rejections), every event is published as `WebChatService.<event>`, and
 * `ready` is republished for late subscribers. Commands sent before the core publishes `ready` are
 * held until then (real-widget.md §3.1): call `service.init()` after registering.
 */
export function registerWebChatService(bus: Bus, service: WebChatServiceLike): RegisterWebChatServiceResult {
  const plugin = bus.registerPlugin(WEB_CHAT_SERVICE)
  if (plugin === false) return { ok: false, reason: 'name-taken', name: WEB_CHAT_SERVICE }
  plugin.registerEvents(eventNames)
  for (const name of commandNames) {
    plugin.registerCommand<never, unknown>(name, (request) => {
      const info: WebChatOutcomeInfo = { code: '', command: request.command }
      service.command(name, request.data, { caller: request.commander }).then(
        (outcome) =>
          outcome.ok
            ? request.deferred.resolve(outcome.value, { ...info, code: outcome.row })
            : request.deferred.reject(outcome.value, { ...info, code: outcome.row }),
        (error: unknown) => request.deferred.reject(error, { ...info, code: 'service-threw' }),
      )
    })
  }
  const stop = service.onAny((event, payload) => {
    if (event !== 'ready') {
      plugin.publish(event, payload)
      return
    }
    plugin.republish(event, payload)
    plugin.ready()
  })
  return { ok: true, plugin, dispose: stop }
}
