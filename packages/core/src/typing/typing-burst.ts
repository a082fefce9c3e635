import { type Outcome, rejected, rejectedWithText, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'
import type { AjaxResponse } from '../transport/ajax-response.js'

/** Customer typing ends after 2000 ms without input (real-widget.md §3.4 "Typing"). */
export const clientTypingTimeout = 2000

/**
 * A typing burst: the first sendTyping sends TypingStarted and publishes clientTypingStarted; later
 * calls only extend it; 2 s without a call sends TypingStopped and publishes clientTypingStopped
 * (real-widget.md §3.2 `sendTyping`). A sendMessage ends the burst without a wire stop (§2.2).
 */
export class TypingBurst {
  readonly #runtime: ServiceRuntime
  #active = false
  #response: AjaxResponse | undefined
  #starting: Promise<Outcome<'sendTyping'>> | undefined
  #timer: unknown

  constructor(runtime: ServiceRuntime) {
    this.#runtime = runtime
  }

  async type(text: string | undefined): Promise<Outcome<'sendTyping'>> {
    const runtime = this.#runtime
    const session = runtime.session
    if (!runtime.active || !session) return rejectedWithText('sendTyping.rejected.no-active-session')
    if (this.#starting) return this.#starting
    if (this.#active && this.#response) {
      this.#arm()
      return resolved('sendTyping.resolved', this.#response)
    }
    const generation = runtime.generation
    this.#starting = (async (): Promise<Outcome<'sendTyping'>> => {
      const op =
        text === undefined ? { kind: 'typingStarted' as const } : { kind: 'typingStarted' as const, text }
      const result = await runtime.transport.send(session, op, runtime.callOptions())
      if (!result.ok) {
        runtime.failed(result, generation)
        return rejected('sendTyping.rejected.ajax-exception', result.response)
      }
      if (generation === runtime.generation) {
        this.#active = true
        this.#response = result.response
        runtime.hub.publish('clientTypingStarted', undefined)
        this.#arm()
      }
      return resolved('sendTyping.resolved', result.response)
    })()
    try {
      return await this.#starting
    } finally {
      this.#starting = undefined
    }
  }

  /** A message was sent: the burst is over (no TypingStopped on the wire). */
  endBySend(): void {
    if (!this.#active) return
    this.reset()
    this.#runtime.hub.publish('clientTypingStopped', undefined)
  }

  /** Silent reset (the session ended). */
  reset(): void {
    if (this.#timer !== undefined) this.#runtime.clock.clearTimeout(this.#timer)
    this.#timer = undefined
    this.#active = false
    this.#response = undefined
  }

  #arm(): void {
    const runtime = this.#runtime
    if (this.#timer !== undefined) runtime.clock.clearTimeout(this.#timer)
    this.#timer = runtime.clock.setTimeout(() => {
      this.#timer = undefined
      const session = runtime.session
      this.reset()
      runtime.hub.publish('clientTypingStopped', undefined)
      if (session && runtime.active) {
        runtime.transport.send(session, { kind: 'typingStopped' }, runtime.callOptions()).catch(() => {})
      }
    }, clientTypingTimeout)
  }
}
