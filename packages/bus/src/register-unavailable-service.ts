import { commandNames } from '@chatwire/core'
import type { Bus } from './bus-types.js'
import { INVALID_TRANSPORT } from './pick-transport.js'
import { WEB_CHAT_SERVICE } from './web-chat-service-types.js'

export interface ConfigIssue {
  readonly option: string
  readonly message: string
}

/**
 * With no usable configuration the original never becomes ready and every command hangs
 * (real-widget.md §3.1). chatwire registers WebChatService anyway, never publishes `ready`, and
 * rejects every command at once with the original's text, `{ code: 'invalid-configuration', issues }` second.
 */
export function registerUnavailableService(bus: Bus, issues: readonly ConfigIssue[]): void {
  console.error(
    `chatwire: WebChatService is not configured: ${issues.map((i) => `${i.option}: ${i.message}`).join('; ')}`,
  )
  const plugin = bus.registerPlugin(WEB_CHAT_SERVICE)
  if (plugin === false) return
  const reject = (request: { command: string; deferred: { reject(...reasons: unknown[]): void } }) =>
    request.deferred.reject(INVALID_TRANSPORT, {
      code: 'invalid-configuration',
      command: request.command,
      issues,
    })
  for (const name of commandNames) plugin.registerCommand(name, reject)
  plugin.ready()
}
