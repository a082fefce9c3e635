import { type Outcome, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'

/** poll (private; guards: caller, capability, a session and no poll in flight): one poll now. */
export async function poll(runtime: ServiceRuntime): Promise<Outcome<'poll'>> {
  await runtime.poller.pollOnce()
  return resolved()
}

/** startPoll: starts the automatic loop (pollingStarted unless it runs already). */
export function startPoll(runtime: ServiceRuntime): Outcome<'startPoll'> {
  runtime.poller.start()
  return resolved()
}

/** stopPoll: stops the automatic loop (pollingStopped if it was running). */
export function stopPoll(runtime: ServiceRuntime): Outcome<'stopPoll'> {
  runtime.poller.stop()
  return resolved()
}

/** resetPollExceptions: the count of successive poll failures goes back to 0. */
export function resetPollExceptions(runtime: ServiceRuntime): Outcome<'resetPollExceptions'> {
  runtime.health = { ...runtime.health, failures: 0 }
  return resolved()
}
