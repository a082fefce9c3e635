import type { FetchLike } from '@chatwire/core'

/** Real milliseconds `idle()` waits at most for a request (a held long-poll must not stall the run). */
const IDLE_BOUND_MS = 2_000

/** Wraps a fetch so the runner can wait for every request in flight before moving virtual time. */
export function trackedFetch(inner: FetchLike): { fetch: FetchLike; idle(): Promise<void> } {
  const inFlight = new Set<Promise<unknown>>()
  return {
    fetch(input, init) {
      const p = inner(input, init)
      // Tracked until the whole body has arrived (a clone is read), not just the headers.
      const done: Promise<unknown> = p.then((r) => r.clone().arrayBuffer()).catch(() => undefined)
      inFlight.add(done)
      void done.then(() => inFlight.delete(done))
      return p
    },
    async idle() {
      const deadline = Date.now() + IDLE_BOUND_MS
      while (inFlight.size > 0 && Date.now() < deadline) {
        let timer: ReturnType<typeof setTimeout> | undefined
        const bound = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, Math.max(1, deadline - Date.now()))
        })
        await Promise.race([Promise.allSettled([...inFlight]), bound])
        clearTimeout(timer)
        await new Promise((resolve) => setImmediate(resolve))
      }
    },
  }
}
