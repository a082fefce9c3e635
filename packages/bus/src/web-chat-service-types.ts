import type { CommandName, CommandOptions, CommandResults, EventName, EventPayloads } from '@chatwire/core'
import type { Bus, BusPlugin } from './bus-types.js'
import { type CreateBusOptions, createBus } from './create-bus.js'

/** The namespace WebChatService registers on the bus (seed: `WebChatService.<command>`). */
export const WEB_CHAT_SERVICE = 'WebChatService'

/** `'WebChatService.<command>'` → its options and what it resolves with (from the core's maps). */
export type WebChatServiceCommands = {
  [K in CommandName as `WebChatService.${K}`]: { options: CommandOptions[K]; result: CommandResults[K] }
}

/** An n/a payload reaches subscribers as `{}` (the CXBus envelope never carries undefined data). */
export type BusPayload<P> = [P] extends [undefined] ? Record<string, never> : P

/** `'WebChatService.<event>'` → its payload. */
export type WebChatServiceEvents = {
  [K in EventName as `WebChatService.${K}`]: BusPayload<EventPayloads[K]>
}

export type WebChatBus = Bus<WebChatServiceCommands, WebChatServiceEvents>
export type WebChatBusPlugin = BusPlugin<WebChatServiceCommands, WebChatServiceEvents>

/** A bus whose `command`/`subscribe` know WebChatService's names, options, results and payloads. */
export function createWebChatBus(options?: CreateBusOptions): WebChatBus {
  return createBus<WebChatServiceCommands, WebChatServiceEvents>(options)
}
