import type { CommandName } from '../names.js'
import { pollCadence } from '../polling/poll-cadence.js'
import { type Outcome, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'
import type { CommandOptions } from '../types/command-types.js'

/**
 * The original's sleep, wake and pausePoll (beyond the seed, real-widget.md §3.2 and §2.4), which the WebChat
 * UI issues when the page is hidden or back. The original v3 publishes `sleeping` and `waking` twice each
 * (real-widget.md §5 item 37); chatwire publishes them once.
 */

/** The commands the original wakes the service before (real-widget.md §3.2, `sleep` / `wake`). */
export const wakesFirst: readonly CommandName[] = [
  'startChat',
  'sendMessage',
  'sendFile',
  'sendFilteredMessage',
  'sendCustomNotice',
  'updateUserData',
  'sendTyping',
]

function fallAsleep(runtime: ServiceRuntime): void {
  runtime.asleep = true
  runtime.hub.publish('sleeping')
}

/**
 * sleep: with `transport.sleepEnabled`, a chat open over a polling transport outside async mode, and not
 * asleep yet, polling slows to `pollRateSleep` and `sleeping` is published. Always resolves n/a.
 */
export function sleep(runtime: ServiceRuntime): Outcome<'sleep'> {
  const { config } = runtime
  const polling = runtime.transport.capabilities.polling
  if (config.sleepEnabled && polling && runtime.active && !runtime.asleep && !config.async.enabled) {
    fallAsleep(runtime)
    runtime.poller.pace(pollCadence.sleep)
  }
  return resolved()
}

/**
 * wake: when asleep, `waking` is published and polling goes back to `pollRate` (or, paused by pausePoll,
 * starts again with a poll soon); with a chat open it then sends the cancel-idle-timer notice (on a transport with custom
 * notices), which `resetIdleState: true` sends even when awake. Always resolves n/a, without waiting for
 * the notice (whose failure publishes `error` as any call's does).
 */
export function wake(runtime: ServiceRuntime, options: CommandOptions['wake']): Outcome<'wake'> {
  const wasAsleep = runtime.asleep === true
  if (wasAsleep) {
    runtime.asleep = false
    runtime.hub.publish('waking')
    if (runtime.poller.paused) runtime.poller.start()
    else runtime.poller.pace(pollCadence.rate)
  }
  const notice = wasAsleep || options?.resetIdleState === true
  if (notice && runtime.active && runtime.transport.capabilities.customNotice) {
    runtime.exchange('send', { kind: 'cancelIdleTimer' }).catch(() => {})
  }
  return resolved()
}

/**
 * pausePoll (guard: a session): polling stops (`pollingStopped`) and the poll in flight is aborted; with
 * `transport.sleepEnabled` the service falls asleep too (`sleeping`), so `wake` resumes polling; otherwise
 * `startPoll` does.
 */
export function pausePoll(runtime: ServiceRuntime): Outcome<'pausePoll'> {
  runtime.poller.pause()
  if (runtime.config.sleepEnabled && !runtime.asleep) fallAsleep(runtime)
  return resolved()
}
