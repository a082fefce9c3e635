import type { VirtualClock } from './virtual-clock.js'

/** Safety net against a timer that re-arms itself at 0 ms forever (a bug in the code under test). */
const MAX_STEPS = 200_000

/**
 * Runs virtual time: between timers it lets pending work finish (promise callbacks, and real I/O
 * when the target reports it through `idle`), so a 30 s poll cycle takes microseconds.
 */
export class VirtualTimeDriver {
  constructor(
    readonly clock: VirtualClock,
    private readonly targetIdle: (() => Promise<void>) | undefined,
  ) {}

  /** Lets queued callbacks and in-flight requests finish without moving time. */
  async settle(): Promise<void> {
    for (let round = 0; round < 4; round++) {
      await turn()
      if (this.targetIdle) await this.targetIdle()
    }
    await turn()
  }

  /** Moves time forward by `ms`, firing every timer due in the window in order. */
  async advance(ms: number): Promise<void> {
    const until = this.clock.now() + Math.max(0, ms)
    await this.runUntil(() => false, until)
  }

  /** Fires timers in order until `done()` holds or time reaches `until`; says whether `done()` held. */
  async runUntil(done: () => boolean, until: number): Promise<boolean> {
    for (let step = 0; step < MAX_STEPS; step++) {
      await this.settle()
      if (done()) return true
      if (!this.clock.fireNext(until)) {
        this.clock.moveTo(until)
        await this.settle()
        return done()
      }
    }
    throw new Error(`virtual time: more than ${MAX_STEPS} timers fired without progress`)
  }
}

function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
