/** Virtual time for the bus: queued work runs only when the test flushes it. */
export function manualScheduler() {
  const queue: (() => void)[] = []
  return {
    schedule: (fn: () => void) => void queue.push(fn),
    /** Runs queued work (and work it queues) until nothing is left; returns how many ran. */
    flush(): number {
      let ran = 0
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        next()
        ran++
      }
      return ran
    },
    get pending() {
      return queue.length
    },
  }
}
