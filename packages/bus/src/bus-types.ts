import type { BusDeferred, Deferred } from './deferred.js'

/** Full command name ('Ns.command') → its options and what it resolves with. */
export type CommandMap = Record<string, { readonly options: unknown; readonly result: unknown }>
/** Full event name ('Ns.event') → its payload. */
export type EventMap = Record<string, unknown>

/** A known name from the map, or any other string (checked at run time only). */
export type NameOf<M> = (keyof M & string) | (string & {})

export type CommandArgs<C extends CommandMap, N extends string> = N extends keyof C
  ? undefined extends C[N]['options']
    ? [options?: C[N]['options']]
    : [options: C[N]['options']]
  : [options?: unknown]

export type CommandResult<C extends CommandMap, N extends string> = N extends keyof C
  ? C[N]['result']
  : unknown

export type EventData<E extends EventMap, N extends string> = N extends keyof E ? E[N] : unknown

/** What a subscriber receives (CXBus envelope): `data` is `{}` when the publisher gave none. */
export interface BusEvent<D = unknown> {
  readonly time: number
  readonly publisher: string
  readonly event: string
  readonly data: D
}

/** What a command handler receives (CXBus shape). Settle `deferred`; a throw rejects it. */
export interface CommandRequest<O = unknown, R = unknown> {
  readonly time: number
  /** The name of the plugin that called the command. */
  readonly commander: string
  /** The full command name, 'Ns.command'. */
  readonly command: string
  readonly deferred: Deferred<R>
  readonly data: O
}

export type CommandHandler = (request: CommandRequest<never, never>) => void
export type BeforeHook = (options: Record<string, unknown>) => unknown
export type Subscriber<D = unknown> = (event: BusEvent<D>) => void

export interface BusPlugin<C extends CommandMap = CommandMap, E extends EventMap = EventMap> {
  readonly name: string
  readonly namespace: string
  /** Calls 'Ns.command' (a name without a dot means this plugin's own namespace). */
  command<N extends NameOf<C>>(name: N, ...options: CommandArgs<C, N>): BusDeferred<CommandResult<C, N>>
  /** Returns the event name, or false without a callback. Works before the publisher exists. */
  subscribe<N extends NameOf<E>>(event: N, fn: Subscriber<EventData<E, N>>): N | false
  /** Removes `fn`, or all of this plugin's callbacks for the event when `fn` is omitted. */
  unsubscribe(event: string, fn?: Subscriber<never>): boolean
  /** Publishes '<namespace>.<event>'. */
  publish(event: string, data?: unknown): void
  /** Publishes and keeps the payload, replayed once to every later subscriber. */
  republish(event: string, data?: unknown): void
  /** Registers (or silently replaces) a command of this plugin. */
  registerCommand<O = never, R = never>(
    command: string,
    handler: (request: CommandRequest<O, R>) => void,
  ): void
  /** For information only: unregistered events still publish. */
  registerEvents(events: readonly string[]): void
  /** Runs before 'Ns.command' is dispatched; must return the options object, anything else cancels. */
  before(command: string, hook: BeforeHook): void
  /** Commands sent to this plugin are held until it is ready. */
  ready(): void
  /** The events this plugin has declared with registerEvents. */
  readonly events: readonly string[]
}

export interface BusConfig {
  /** false = synchronous delivery and dispatch (CXBus `async`); default true. */
  readonly async?: boolean
}

export interface Bus<C extends CommandMap = CommandMap, E extends EventMap = EventMap> {
  /** The plugin interface, or false for a non-string or an already registered name (case-sensitive). */
  registerPlugin(name: string): BusPlugin<C, E> | false
  /** Global command, sent as the 'CXBus' plugin. */
  command: BusPlugin<C, E>['command']
  /** Global subscribe, as the 'CXBus' plugin. */
  subscribe: BusPlugin<C, E>['subscribe']
  configure(config: BusConfig): void
  /** Names of the registered plugins. */
  registry(): string[]
}
