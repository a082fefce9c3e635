/** Time, injected so tests and the conformance suite run on virtual time. */
export interface Clock {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** The real clock: `Date.now` and the global timers. */
export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** A single timeout on `clock`: `set` replaces the pending one, `clear` cancels it. */
export interface SingleTimeout {
  set(fn: () => void, ms: number): void
  clear(): void
}

export function createSingleTimeout(clock: Clock): SingleTimeout {
  let handle: unknown
  const clear = () => {
    if (handle !== undefined) clock.clearTimeout(handle)
    handle = undefined
  }
  return {
    set(fn, ms) {
      clear()
      handle = clock.setTimeout(() => {
        handle = undefined
        fn()
      }, ms)
    },
    clear,
  }
}
