import { type Outcome, rejectedWithText, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'

/** The caller name allowed to run private commands (seed: poll, restore Access Denied rows). */
export const privateCaller = 'WebChatService'

/**
 * poll (private): one poll now. The seed's `previous poll has not finished.` row is labelled "No chat
 * session is currently active", so it answers both a poll in flight and no session.
 */
export async function poll(runtime: ServiceRuntime, caller: string | undefined): Promise<Outcome<'poll'>> {
  if (caller !== privateCaller) return rejectedWithText('poll.rejected.access-denied')
  if (!runtime.transport.capabilities.polling) return rejectedWithText('poll.rejected.not-supported')
  if (!runtime.active || runtime.poller.inFlight)
    return rejectedWithText('poll.rejected.previous-poll-pending')
  await runtime.poller.pollOnce()
  return resolved('poll.resolved', undefined)
}

export function startPoll(runtime: ServiceRuntime): Outcome<'startPoll'> {
  if (!runtime.transport.capabilities.polling) return rejectedWithText('startPoll.rejected.not-supported')
  if (!runtime.active) return rejectedWithText('startPoll.rejected.no-active-session')
  runtime.poller.start()
  return resolved('startPoll.resolved', undefined)
}

export function stopPoll(runtime: ServiceRuntime): Outcome<'stopPoll'> {
  if (!runtime.transport.capabilities.polling) return rejectedWithText('stopPoll.rejected.not-supported')
  if (!runtime.active) return rejectedWithText('stopPoll.rejected.no-active-session')
  runtime.poller.stop()
  return resolved('stopPoll.resolved', undefined)
}

/** resetPollExceptions: the count of successive poll failures goes back to 0. */
export function resetPollExceptions(runtime: ServiceRuntime): Outcome<'resetPollExceptions'> {
  if (!runtime.transport.capabilities.pollExceptionReset) {
    return rejectedWithText('resetPollExceptions.rejected.not-supported')
  }
  runtime.health = { ...runtime.health, failures: 0 }
  return resolved('resetPollExceptions.resolved', undefined)
}
