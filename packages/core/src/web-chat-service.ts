import { commandTable, firstFailedGuard } from './command-table.js'
import { privateCaller } from './commands/command-guards.js'
import { browserSaveFile } from './commands/file-commands.js'
import { wake, wakesFirst } from './commands/sleep-commands.js'
import { type Clock, realClock } from './config/clock.js'
import { type ConfigError, isConfigError, parseConfig } from './config/parse-config.js'
import { createMemoryStorage, type StorageLike } from './config/storage.js'
import { type CommandName, type EventName, isCommandName } from './names.js'
import type { AnyOutcome } from './rows/outcome.js'
import { type RowId, rowText } from './rows/row-text.js'
import { createServiceRuntime, type ServiceRuntime } from './service-runtime.js'
import type { ChatTransport } from './transport/transport.js'
import type { CommandOptions, CommandOutcome } from './types/command-types.js'
import type { EventPayloads } from './types/event-payloads.js'

export interface WebChatServiceOptions {
  readonly transport: ChatTransport
  /** `_genesys.widgets.webchat` (v2 or v3 form); validated. */
  readonly config?: unknown
  readonly clock?: Clock
  /** Where the session is kept for a restore after a page load (default: in memory). */
  readonly storage?: StorageLike
  readonly ids?: () => string
  /** Passed to the async session hooks as `Cookie`. */
  readonly cookie?: unknown
  /** Passed to the async session hooks as `CookieOptions` (default `{}`). */
  readonly cookieOptions?: unknown
  /** Receives downloadFile's file (default: a browser download when a document exists). */
  readonly saveFile?: (file: Blob, name: string | undefined) => void
}

export interface WebChatService {
  /** Run a command: `name` is the bare command name ('startChat'); caller = bus plugin name of the caller. */
  command<K extends CommandName>(
    name: K,
    options?: CommandOptions[K],
    context?: { caller?: string },
  ): Promise<CommandOutcome<K>>
  /** Subscribe to one event; returns unsubscribe. */
  subscribe<E extends EventName>(event: E, fn: (payload: EventPayloads[E]) => void): () => void
  /** Subscribe to every event; returns unsubscribe. */
  onAny(fn: (event: EventName, payload: unknown) => void): () => void
  /** Start-up: restore a stored session if any, then publish 'ready'. */
  init(): Promise<void>
  dispose(): void
}

/** Creates the service, or returns the ConfigError naming the option that is wrong. */
export function createWebChatService(options: WebChatServiceOptions): WebChatService | ConfigError {
  const config = parseConfig(options.config)
  if (isConfigError(config)) return config
  let counter = 0
  const runtime = createServiceRuntime({
    ...options,
    config,
    clock: options.clock ?? realClock,
    storage: options.storage ?? createMemoryStorage(),
    ids: options.ids ?? (() => `cw-${++counter}`),
    cookieOptions: options.cookieOptions ?? {},
    saveFile: options.saveFile ?? browserSaveFile,
  })
  let initialised: Promise<void> | undefined

  const service: WebChatService = {
    async command(name, commandOptions, context) {
      if (!isCommandName(name)) return answer(false, 'command.rejected.unknown')
      // as the original: these commands wake the service first, before their own checks
      if (wakesFirst.includes(name)) wake(runtime, undefined)
      const guard = firstFailedGuard(name, runtime, context?.caller, commandOptions)
      if (guard) return answer(false, guard)
      const [handler] = commandTable[name] as readonly [
        (runtime: ServiceRuntime, options: unknown) => AnyOutcome,
      ]
      const outcome = await handler(runtime, commandOptions)
      // the handler names a row of its own command: the catalog id is `<command>.<row>`
      return answer(outcome.ok, `${name}.${outcome.row}` as RowId, outcome.value)
    },
    subscribe: runtime.hub.subscribe,
    onAny: runtime.hub.onAny,
    init() {
      // a restore as the service itself runs it (its guards decide whether there is anything to do)
      initialised ??= service
        .command('restore', undefined, { caller: privateCaller })
        .then(() => runtime.hub.publish('ready'))
      return initialised
    },
    dispose: runtime.dispose,
  }
  return service
}

/** A command's outcome by its row: without a value, the value is the row's text (undefined when it has none). */
function answer<K extends CommandName>(ok: boolean, row: RowId, value?: unknown): CommandOutcome<K> {
  return { ok, row, value: value ?? rowText(row) } as CommandOutcome<K>
}
