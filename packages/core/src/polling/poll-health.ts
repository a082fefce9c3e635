import type { TransportFailureKind } from '../transport/transport-result.js'

/** Connection health as successive poll outcomes show it. */
export interface PollHealth {
  /** Successive failed polls (seed: "poll exceptions"); resetPollExceptions sets it to 0. */
  readonly failures: number
  /** connectionPending was reached and not yet restored. */
  readonly pending: boolean
  /** chatServerWentOffline was reached and not yet back online. */
  readonly offline: boolean
  /** disconnected (no response at all) was published and not yet reconnected. */
  readonly disconnected: boolean
}

export const healthyPoll: PollHealth = { failures: 0, pending: false, offline: false, disconnected: false }

export type HealthEvent =
  | 'disconnected'
  | 'reconnected'
  | 'connectionPending'
  | 'chatServerWentOffline'
  | 'chatServerBackOnline'
  | 'connectionRestored'

export type PollOutcome = { readonly ok: true } | { readonly ok: false; readonly kind: TransportFailureKind }

/**
 * One poll outcome → the next health and the events to publish, in order. `limit` is pollExceptionLimit
 * (seed default 5); `offlineEvents`: the transport publishes the v2-only events (connectionPending,
 * chatServerWentOffline, chatServerBackOnline).
 * - a failure with no response (network, timeout) publishes `disconnected` once (seed: "Cannot reach servers");
 * - the first failure publishes `connectionPending` ("trying to reconnect … Published before chatServerWentOffline");
 * - when the failures exceed `pollExceptionLimit`, `chatServerWentOffline` ("published only after … exceeded");
 * - the next success publishes `reconnected` ("only published after disconnected"), `chatServerBackOnline`
 *   ("only … after chatServerWentOffline") and `connectionRestored` ("at the same time as chatServerBackOnline",
 *   and after a connectionPending that never went offline).
 */
export function stepPollHealth(
  health: PollHealth,
  outcome: PollOutcome,
  limit: number,
  offlineEvents: boolean,
): { health: PollHealth; events: HealthEvent[] } {
  const events: HealthEvent[] = []
  if (outcome.ok) {
    if (health.disconnected) events.push('reconnected')
    if (health.offline && offlineEvents) events.push('chatServerBackOnline')
    if (health.pending) events.push('connectionRestored')
    return { health: healthyPoll, events }
  }
  const noResponse = outcome.kind === 'network' || outcome.kind === 'timeout'
  const failures = health.failures + 1
  if (noResponse && !health.disconnected) events.push('disconnected')
  if (!health.pending && offlineEvents) events.push('connectionPending')
  const offline = failures > limit
  if (offline && !health.offline && offlineEvents) events.push('chatServerWentOffline')
  return {
    health: {
      failures,
      pending: true,
      offline: health.offline || offline,
      disconnected: health.disconnected || noResponse,
    },
    events,
  }
}
