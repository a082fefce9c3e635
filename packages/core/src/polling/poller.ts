import type { ServiceRuntime } from '../service-runtime.js'
import { delayUntilNextPoll, nextPollInterval, pollCadence } from './poll-cadence.js'

/** The automatic poll loop: at most one poll in flight, cadence from poll-cadence.ts. */
export class Poller {
  readonly #runtime: ServiceRuntime
  #running = false
  #inFlight = false
  #interval: number = pollCadence.min
  #lastStart = 0
  #timer: unknown

  constructor(runtime: ServiceRuntime) {
    this.#runtime = runtime
  }

  get inFlight(): boolean {
    return this.#inFlight
  }

  /** Starts the loop; publishes pollingStarted unless it was already running. */
  start(): void {
    if (this.#runtime.disposed) return
    this.#interval = pollCadence.min
    if (this.#running) {
      this.#reschedule()
      return
    }
    this.#running = true
    this.#runtime.hub.publish('pollingStarted', undefined)
    this.#schedule(pollCadence.firstDelay)
  }

  /** Stops the loop; publishes pollingStopped if it was running. */
  stop(options: { silent?: boolean } = {}): void {
    this.#cancel()
    if (!this.#running) return
    this.#running = false
    if (!options.silent) this.#runtime.hub.publish('pollingStopped', undefined)
  }

  /** Back to the shortest interval (after sending: the agent's answer should come quickly). */
  resetCadence(): void {
    this.#interval = pollCadence.min
    if (this.#running) this.#reschedule()
  }

  /** One poll. Resolves when its reply has been handled. */
  async pollOnce(): Promise<void> {
    const runtime = this.#runtime
    const session = runtime.session
    if (!session || this.#inFlight) return
    const generation = runtime.generation
    this.#inFlight = true
    this.#lastStart = runtime.clock.now()
    runtime.persist()
    try {
      const result = await runtime.transport.poll(session, runtime.transcript.cursor, runtime.callOptions())
      if (generation !== runtime.generation || !runtime.active) return
      // a lost session or an abort is not a connection problem: no poll-exception count (no connectionPending)
      const notConnection = !result.ok && (result.kind === 'session-lost' || result.kind === 'aborted')
      if (!notConnection) runtime.recordPoll(result.ok ? { ok: true } : result)
      if (result.ok) {
        // after a restore that found the server offline, the first good poll is the restore's replay
        const restoring = runtime.replayPending
        runtime.replayPending = false
        runtime.ingest(result.value, result.response, { restoring })
      } else if (notConnection || !result.retryable) runtime.failed(result, generation)
    } finally {
      this.#inFlight = false
    }
    if (this.#running && runtime.active && generation === runtime.generation) {
      this.#interval = nextPollInterval(this.#interval)
      this.#reschedule()
    }
  }

  #reschedule(): void {
    if (this.#inFlight) return
    this.#schedule(delayUntilNextPoll(this.#interval, this.#lastStart, this.#runtime.clock.now()))
  }

  #schedule(delay: number): void {
    this.#cancel()
    this.#timer = this.#runtime.clock.setTimeout(() => {
      this.#timer = undefined
      this.pollOnce().catch(() => {
        // a transport that throws breaks its contract; the loop must not die with an unhandled rejection
      })
    }, delay)
  }

  #cancel(): void {
    if (this.#timer !== undefined) this.#runtime.clock.clearTimeout(this.#timer)
    this.#timer = undefined
  }
}
