import { createSingleTimeout } from '../config/clock.js'
import type { ServiceRuntime } from '../service-runtime.js'
import { delayUntilNextPoll, nextPollInterval, pollCadence } from './poll-cadence.js'
import { stepPollHealth } from './poll-health.js'

/** The automatic poll loop: at most one poll in flight, cadence from poll-cadence.ts. */
export interface Poller {
  readonly inFlight: boolean
  /** pausePoll stopped the loop (and nothing started or stopped it since). */
  readonly paused: boolean
  /** Starts the loop (on a transport that polls); publishes pollingStarted unless it was already running. */
  start(): void
  /** Stops the loop; publishes pollingStopped if it was running (unless `silent`). */
  stop(silent?: boolean): void
  /** Back to the shortest interval (after sending: the agent's answer should come quickly). */
  resetCadence(): void
  /** Polls every `ms` from now on (wake: `pollRate`; sleep: `pollRateSleep`, kept while asleep). */
  pace(ms: number): void
  /** pausePoll: stops the loop (pollingStopped) and aborts the poll in flight, whose reply is dropped. */
  pause(): void
  /** One poll. Resolves when its reply has been handled. */
  pollOnce(): Promise<void>
}

export function createPoller(runtime: ServiceRuntime): Poller {
  const { clock, hub } = runtime
  let running = false
  let paused = false
  let inFlight = false
  let interval: number = pollCadence.min
  let lastStart = 0
  /** Aborts the poll in flight (pause); it also follows the service's own abort (dispose). */
  let abortInFlight: (() => void) | undefined
  const next = createSingleTimeout(clock)

  const schedule = (delay: number) =>
    next.set(() => {
      poller.pollOnce().catch(() => {
        // a transport that throws breaks its contract; the loop must not die with an unhandled rejection
      })
    }, delay)
  const reschedule = () => {
    if (!inFlight) schedule(delayUntilNextPoll(interval, lastStart, clock.now()))
  }

  const poller: Poller = {
    get inFlight() {
      return inFlight
    },
    get paused() {
      return paused
    },
    start() {
      if (runtime.disposed || !runtime.transport.capabilities.polling) return
      paused = false
      poller.resetCadence()
      if (running) return
      running = true
      hub.publish('pollingStarted')
      schedule(pollCadence.firstDelay)
    },
    stop(silent) {
      next.clear()
      paused = false
      if (!running) return
      running = false
      if (!silent) hub.publish('pollingStopped')
    },
    resetCadence() {
      poller.pace(pollCadence.min)
    },
    pace(ms) {
      interval = ms
      if (running) reschedule()
    },
    pause() {
      poller.stop()
      paused = true
      abortInFlight?.()
    },
    async pollOnce() {
      const session = runtime.session
      if (!session || inFlight) return
      const generation = runtime.generation
      inFlight = true
      lastStart = clock.now()
      runtime.persist()
      const options = runtime.callOptions()
      const { signal } = options
      const controller = new AbortController()
      abortInFlight = () => controller.abort()
      // removed when the poll ends: a listener left on the service's signal would keep every poll alive
      signal?.addEventListener('abort', abortInFlight)
      if (signal?.aborted) controller.abort()
      try {
        const result = await runtime.transport.poll(session, runtime.transcript.cursor, {
          ...options,
          signal: controller.signal,
        })
        // paused or disposed meanwhile: the abort was ours, not a failure; the cursor did not move, so the
        // next poll asks for the same events again
        if (controller.signal.aborted || generation !== runtime.generation || !runtime.active) return
        // a lost session or an abort is not a connection problem: no poll-exception count (no connectionPending)
        const notConnection = !result.ok && (result.kind === 'session-lost' || result.kind === 'aborted')
        if (!notConnection) {
          // the outcome moves the connection health, which publishes its events
          const step = stepPollHealth(
            runtime.health,
            result,
            runtime.config.pollExceptionLimit,
            runtime.transport.capabilities.offlineEvents,
          )
          runtime.health = step.health
          for (const event of step.events) hub.publish(event)
        }
        if (result.ok) {
          // after a restore that found the server offline, the first good poll is the restore's replay
          const restoring = runtime.replayPending
          runtime.replayPending = false
          runtime.ingest(result.value, result.response, restoring)
        } else if (notConnection || !result.retryable) runtime.failed(result, generation)
      } finally {
        inFlight = false
        if (abortInFlight) signal?.removeEventListener('abort', abortInFlight)
        abortInFlight = undefined
      }
      if (running && runtime.active && generation === runtime.generation) {
        if (!runtime.asleep) interval = nextPollInterval(interval)
        reschedule()
      }
    },
  }
  return poller
}
