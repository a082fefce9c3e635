import type { Clock } from '@chatwire/core'

/**
 * A real clock that runs `scale` times faster: the core's timers (poll cadence 500 ms → 3 s) fire after
 * `ms / scale` real milliseconds and `now()` advances `scale` virtual ms per real ms. Wire timeouts
 * (`ajaxTimeout`) stay in real ms: the transports arm them with the global timers.
 */
export function createScaledClock(scale: number): Clock {
  if (!(scale > 0)) throw new RangeError(`scale must be > 0, got ${scale}`)
  const origin = Date.now()
  return {
    now: () => origin + (Date.now() - origin) * scale,
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms / scale),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  }
}
