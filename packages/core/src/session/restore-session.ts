import { healthyPoll } from '../polling/poll-health.js'
import { type Outcome, rejected, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'
import { recallFilters } from '../transcript/message-filters.js'
import type { SessionData } from '../transport/transport.js'
import type { CommandOptions } from '../types/command-types.js'
import { readBackSession, sessionLost, toSessionData } from './async-session-hooks.js'
import { clearStoredSession, readStoredSession, type StoredSession } from './session-store.js'

/** The session to restore: given or handed back by the async hooks, or stored (with its filters and userData). */
type Found = { readonly session: SessionData } | StoredSession

/**
 * restore (guards: private outside async mode, not while restoring or in a chat). Paths after real-widget.md §3.6:
 * - nothing stored (and no async session data) → not-found;
 * - stored longer ago than `restoreTimeout` → storage cleared, `restoreTimeout`, not-found;
 * - the transport re-attaches → `restored`, the whole transcript replayed with `restoring: true`, polling
 *   continues from the restore reply's cursor (gap-fill), filters and userData recalled;
 * - the server answers but is offline (retryable `server` failure) → `restored`, `restoredOffline`, polling;
 * - the chat ended meanwhile or the session is lost → storage cleared, deleteSessionData, `restoreFailed`;
 * - any other failure → `error`, `restoreFailed`, the stored session is kept for a later restore.
 */
export function restore(
  runtime: ServiceRuntime,
  options: CommandOptions['restore'],
): Promise<Outcome<'restore'>> {
  runtime.restoring = runtime.during('restoring', async () => {
    const { generation, transport, hub } = runtime
    const notFound = rejected('not-found')
    const found = await findSession(runtime, options)
    if (!found || generation !== runtime.generation) return notFound
    const result = await transport.restore(found.session, runtime.callOptions())
    if (generation !== runtime.generation) return notFound
    if (runtime.phase !== 'restoring') return rejected('already-active')
    const offline = !result.ok && result.kind === 'server' && result.retryable
    if ((result.ok && !result.value.chatEnded) || offline) {
      // a stored session (only it has a `ping`) brings back its filters and userData
      if ('ping' in found) {
        runtime.filters = recallFilters(found.filters)
        runtime.userData = { ...runtime.userData, ...found.userData }
      }
      // stores the session with the recalled filters and userData
      runtime.beginSession(result.ok ? result.value.session : found.session)
      if (offline) {
        runtime.health = { ...healthyPoll, pending: true, offline: true }
        runtime.replayPending = true
      }
      hub.publish('restored', { async: runtime.config.async.enabled })
      if (result.ok) runtime.ingest(result.value, result.response, true)
      else hub.publish('restoredOffline')
      // a replay may end the chat (no polling then); offline, polling starts to find the server again
      if (offline || runtime.active) runtime.poller.start()
      return resolved()
    }
    if (result.ok || result.kind === 'session-lost') {
      clearStoredSession(runtime.storage)
      sessionLost(runtime, result.ok ? { chatEnded: true, response: result.response } : result)
    }
    if (!result.ok) hub.publish('error', result.response)
    hub.publish('restoreFailed')
    return notFound
  })
  return runtime.restoring
}

async function findSession(
  runtime: ServiceRuntime,
  options: CommandOptions['restore'],
): Promise<Found | undefined> {
  const given = toSessionData(options?.sessionData)
  if (given) return { session: given }
  const own = ownStoredSession(runtime)
  if (own) {
    if (!own.fresh) {
      clearStoredSession(runtime.storage)
      runtime.hub.publish('restoreTimeout')
      return undefined
    }
    return own.stored
  }
  const handedBack = await readBackSession(runtime)
  return handedBack && { session: handedBack }
}

/** The session this transport stored, and whether it was pinged within `restoreTimeout` (restore may use it). */
export function ownStoredSession(
  runtime: ServiceRuntime,
): { readonly stored: StoredSession; readonly fresh: boolean } | undefined {
  const stored = readStoredSession(runtime.storage)
  if (stored?.transport !== runtime.transport.name) return undefined
  return { stored, fresh: runtime.clock.now() - stored.ping <= runtime.config.restoreTimeout }
}
