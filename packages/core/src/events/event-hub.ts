import type { EventName } from '../names.js'
import type { EventPayloads } from '../types/event-payloads.js'

type Listener = (payload: unknown) => void
type AnyListener = (event: EventName, payload: unknown) => void

/** The payload argument of an event: none for the events whose payload the seed gives as n/a. */
type PayloadArgument<E extends EventName> = EventPayloads[E] extends undefined
  ? []
  : [payload: EventPayloads[E]]

export interface EventHub {
  subscribe<E extends EventName>(event: E, fn: (payload: EventPayloads[E]) => void): () => void
  onAny(fn: AnyListener): () => void
  publish<E extends EventName>(event: E, ...payload: PayloadArgument<E>): void
  clear(): void
}

/**
 * Publishes events to subscribers, synchronously and in subscription order. A subscriber that
 * throws does not stop the others (the error is reported through `onListenerError`).
 */
export function createEventHub(onListenerError: (error: unknown) => void = () => {}): EventHub {
  const listeners = new Map<EventName, Set<Listener>>()
  const anyListeners = new Set<AnyListener>()
  /** Adds `fn` to `set`; returns its removal. */
  const add = <F>(set: Set<F>, fn: F) => {
    set.add(fn)
    return () => {
      set.delete(fn)
    }
  }
  const call = (run: () => void) => {
    try {
      run()
    } catch (error) {
      onListenerError(error)
    }
  }
  return {
    subscribe(event, fn) {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      return add(set, fn as Listener)
    },
    onAny: (fn) => add(anyListeners, fn),
    publish(event: EventName, payload?: unknown) {
      for (const listener of [...(listeners.get(event) ?? [])]) call(() => listener(payload))
      for (const listener of [...anyListeners]) call(() => listener(event, payload))
    },
    clear() {
      listeners.clear()
      anyListeners.clear()
    },
  }
}
