import { type BusRejectionCode, busRejections } from './bus-rejections.js'
import type {
  BeforeHook,
  Bus,
  BusEvent,
  BusPlugin,
  CommandHandler,
  CommandMap,
  CommandRequest,
  EventMap,
  Subscriber,
} from './bus-types.js'
import { createDeferred, type Deferred, defaultErrorReporter, type ErrorReporter } from './deferred.js'

export interface CreateBusOptions {
  /** Runs queued work later; default `setTimeout(fn, 0)` (CXBus dispatches and delivers that way). */
  readonly schedule?: (fn: () => void) => void
  /** false = synchronous dispatch and delivery; default true. */
  readonly async?: boolean
  readonly now?: () => number
  /** Where exceptions from subscribers and callbacks go (default `reportError`, else console.error). */
  readonly onError?: ErrorReporter
}

interface PluginRecord {
  readonly name: string
  readonly commands: Map<string, CommandHandler>
  readonly held: (() => void)[]
  readonly events: string[]
  ready: boolean
}

interface Subscription {
  readonly plugin: string
  readonly fn: Subscriber
  active: boolean
}

/** The plugin the global `bus.command` / `bus.subscribe` act as (ready, unlike the original's). */
const GLOBAL_PLUGIN = 'CXBus'

/** Payloads are handed out as snapshots so a subscriber cannot change what the next one sees. */
function snapshot(data: unknown): unknown {
  if (data === null || typeof data !== 'object') return data
  try {
    return structuredClone(data)
  } catch {
    return data
  }
}

/** A CXBus-compatible bus (real-widget.md §4): plugins, 'Ns.command' dispatch, 'Ns.event' publish/subscribe. */
export function createBus<C extends CommandMap = CommandMap, E extends EventMap = EventMap>(
  options: CreateBusOptions = {},
): Bus<C, E> {
  const onError = options.onError ?? defaultErrorReporter
  const now = options.now ?? (() => Date.now())
  const later = options.schedule ?? ((fn: () => void) => void setTimeout(fn, 0))
  let async = options.async ?? true
  const run = (fn: () => void) => (async ? later(fn) : fn())

  const plugins = new Map<string, PluginRecord>()
  const subscriptions = new Map<string, Subscription[]>()
  const retained = new Map<string, BusEvent>()
  const hooks = new Map<string, BeforeHook[]>()

  const rejectWith = (deferred: Deferred, code: BusRejectionCode, command: string, reason?: unknown) =>
    deferred.reject(code === 'handler-threw' ? reason : busRejections[code], { code, command })

  const deliver = (sub: Subscription, envelope: BusEvent) =>
    run(() => {
      if (!sub.active) return
      try {
        sub.fn({ ...envelope, data: snapshot(envelope.data) })
      } catch (error) {
        onError(error, `subscriber of ${envelope.event}`)
      }
    })

  const emit = (publisher: string, event: string, data: unknown, retain: boolean) => {
    const full = event.startsWith(`${publisher}.`) ? event : `${publisher}.${event}`
    const envelope: BusEvent = { time: now(), publisher, event: full, data: data ?? {} }
    if (retain) retained.set(full, envelope)
    for (const sub of subscriptions.get(full) ?? []) deliver(sub, envelope)
  }

  const execute = (target: PluginRecord, request: CommandRequest) => {
    const command = request.command.slice(target.name.length + 1)
    const handler = target.commands.get(command)
    if (handler === undefined) return rejectWith(request.deferred, 'unknown-command', request.command)
    try {
      handler(request as CommandRequest<never, never>)
    } catch (error) {
      onError(error, `command ${request.command}`)
      rejectWith(request.deferred, 'handler-threw', request.command, error)
    }
  }

  const dispatch = (commander: string, name: string, given: unknown) => {
    const full = name.includes('.') ? name : `${commander}.${name}`
    const namespace = full.slice(0, full.indexOf('.'))
    const deferred = createDeferred(onError)
    run(() => {
      let data: unknown = given || {}
      if (typeof data !== 'object') return rejectWith(deferred, 'cancelled', full)
      for (const hook of hooks.get(full) ?? []) {
        try {
          data = hook(data as Record<string, unknown>)
        } catch (error) {
          onError(error, `before hook of ${full}`)
          return rejectWith(deferred, 'handler-threw', full, error)
        }
        if (data === null || typeof data !== 'object') return rejectWith(deferred, 'cancelled', full)
      }
      const target = plugins.get(namespace)
      if (target === undefined) return rejectWith(deferred, 'unknown-plugin', full)
      const request: CommandRequest = { time: now(), commander, command: full, deferred, data }
      if (target.ready) execute(target, request)
      else target.held.push(() => execute(target, request))
    })
    return deferred
  }

  const subscribe = (plugin: string, event: string, fn: unknown) => {
    if (typeof fn !== 'function') return false
    const sub: Subscription = { plugin, fn: fn as Subscriber, active: true }
    const list = subscriptions.get(event) ?? []
    list.push(sub)
    subscriptions.set(event, list)
    const kept = retained.get(event)
    if (kept !== undefined) deliver(sub, kept)
    return event
  }

  const unsubscribe = (plugin: string, event: string, fn?: unknown) => {
    const list = subscriptions.get(event) ?? []
    const gone = list.filter((sub) => sub.plugin === plugin && (fn === undefined || sub.fn === fn))
    for (const sub of gone) sub.active = false
    subscriptions.set(
      event,
      list.filter((sub) => sub.active),
    )
    return gone.length > 0
  }

  const makePlugin = (name: string): BusPlugin<C, E> => {
    const record: PluginRecord = { name, commands: new Map(), held: [], events: [], ready: false }
    plugins.set(name, record)
    const plugin: BusPlugin = {
      name,
      namespace: name,
      events: record.events,
      command: ((command: string, ...rest: unknown[]) => dispatch(name, command, rest[0])) as never,
      subscribe: (event: string, fn: Subscriber<never>) => subscribe(name, event, fn) as never,
      unsubscribe: (event, fn) => unsubscribe(name, event, fn),
      publish: (event, data) => emit(name, event, data, false),
      republish: (event, data) => emit(name, event, data, true),
      registerCommand: (command, handler) => void record.commands.set(command, handler as CommandHandler),
      registerEvents: (events) => {
        for (const event of events) if (!record.events.includes(event)) record.events.push(event)
      },
      before: (command, hook) => void hooks.set(command, [...(hooks.get(command) ?? []), hook]),
      ready: () => {
        if (record.ready) return
        record.ready = true
        for (const next of record.held.splice(0)) next()
      },
    }
    return plugin as unknown as BusPlugin<C, E>
  }

  const global = makePlugin(GLOBAL_PLUGIN)
  global.ready()

  return {
    registerPlugin: (name) => (typeof name !== 'string' || plugins.has(name) ? false : makePlugin(name)),
    command: global.command,
    subscribe: global.subscribe,
    configure: (config) => {
      if (config.async !== undefined) async = config.async
    },
    registry: () => [...plugins.keys()],
  }
}
