import type { EventName } from '../names.js'
import type { EventPayloads } from '../types/event-payloads.js'

type Listener = (payload: unknown) => void
type AnyListener = (event: EventName, payload: unknown) => void

/**
 * Publishes events to subscribers, synchronously and in subscription order. A subscriber that
 * throws does not stop the others (the error is reported through `onListenerError`).
 */
export class EventHub {
  readonly #listeners = new Map<EventName, Set<Listener>>()
  readonly #anyListeners = new Set<AnyListener>()
  readonly #onListenerError: (error: unknown) => void

  constructor(onListenerError: (error: unknown) => void = () => {}) {
    this.#onListenerError = onListenerError
  }

  subscribe<E extends EventName>(event: E, fn: (payload: EventPayloads[E]) => void): () => void {
    let set = this.#listeners.get(event)
    if (!set) {
      set = new Set()
      this.#listeners.set(event, set)
    }
    const listener = fn as Listener
    set.add(listener)
    return () => {
      set.delete(listener)
    }
  }

  onAny(fn: AnyListener): () => void {
    this.#anyListeners.add(fn)
    return () => {
      this.#anyListeners.delete(fn)
    }
  }

  publish<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const listener of [...(this.#listeners.get(event) ?? [])]) this.#call(() => listener(payload))
    for (const listener of [...this.#anyListeners]) this.#call(() => listener(event, payload))
  }

  clear(): void {
    this.#listeners.clear()
    this.#anyListeners.clear()
  }

  #call(run: () => void): void {
    try {
      run()
    } catch (error) {
      this.#onListenerError(error)
    }
  }
}
