import { createSingleTimeout } from '../config/clock.js'
import { answered, type Outcome, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'
import type { AjaxResponse } from '../transport/ajax-response.js'

/** Customer typing ends after 2000 ms without input (real-widget.md §3.4 "Typing"). */
export const clientTypingTimeout = 2000

/**
 * A typing burst: the first sendTyping sends TypingStarted and publishes clientTypingStarted; later
 * calls only extend it; 2 s without a call sends TypingStopped and publishes clientTypingStopped
 * (real-widget.md §3.2 `sendTyping`). A sendMessage ends the burst without a wire stop (§2.2).
 */
export interface TypingBurst {
  /** sendTyping (guard: a session): starts or extends the burst. */
  type(text: string | undefined): Promise<Outcome<'sendTyping'>>
  /** A message was sent: the burst is over (no TypingStopped on the wire). */
  endBySend(): void
  /** Silent reset (the session ended). */
  reset(): void
}

export function createTypingBurst(runtime: ServiceRuntime): TypingBurst {
  const { hub } = runtime
  /** The reply of the TypingStarted of the running burst; undefined = no burst. */
  let started: AjaxResponse | undefined
  let starting: Promise<Outcome<'sendTyping'>> | undefined
  const idle = createSingleTimeout(runtime.clock)

  const reset = () => {
    idle.clear()
    started = undefined
  }
  const stop = () => {
    reset()
    hub.publish('clientTypingStopped')
  }
  /** (Re)starts the 2 s without input after which the burst stops, on the wire too. */
  const arm = () =>
    idle.set(() => {
      const session = runtime.session
      stop()
      if (session && runtime.active) {
        runtime.transport.send(session, { kind: 'typingStopped' }, runtime.callOptions()).catch(() => {})
      }
    }, clientTypingTimeout)

  return {
    async type(text) {
      if (starting) return starting
      if (started) {
        arm()
        return resolved(started)
      }
      starting = runtime
        .exchange('send', { kind: 'typingStarted', ...(text !== undefined && { text }) }, (_, response) => {
          started = response
          hub.publish('clientTypingStarted')
          arm()
        })
        .then((result) => answered(result))
        .finally(() => {
          starting = undefined
        })
      return starting
    },
    endBySend() {
      if (started) stop()
    },
    reset,
  }
}
