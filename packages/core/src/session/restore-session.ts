import { type Outcome, rejected, rejectedWithText, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'
import { recallFilters } from '../transcript/message-filters.js'
import type { SessionData } from '../transport/transport.js'
import type { CommandOptions } from '../types/command-types.js'
import { toSessionData } from './async-session-hooks.js'
import { clearStoredSession, readStoredSession, type StoredSession } from './session-store.js'

type Found = { readonly session: SessionData; readonly stored: StoredSession | undefined }

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
export async function restore(
  runtime: ServiceRuntime,
  options: CommandOptions['restore'],
): Promise<Outcome<'restore'>> {
  runtime.phase = 'restoring'
  try {
    return await attempt(runtime, options)
  } finally {
    if (runtime.phase === 'restoring') runtime.phase = 'idle'
  }
}

async function attempt(
  runtime: ServiceRuntime,
  options: CommandOptions['restore'],
): Promise<Outcome<'restore'>> {
  const generation = runtime.generation
  const found = await findSession(runtime, options)
  if (!found || generation !== runtime.generation) return rejected('restore.rejected.not-found', undefined)
  const result = await runtime.transport.restore(found.session, runtime.callOptions())
  if (generation !== runtime.generation) return rejected('restore.rejected.not-found', undefined)
  if (runtime.phase !== 'restoring') return rejectedWithText('restore.rejected.already-active')
  const restoredPayload = { async: runtime.hooks.enabled }
  if (result.ok && !result.value.chatEnded) {
    attach(runtime, result.value.session, found.stored)
    runtime.hub.publish('restored', restoredPayload)
    runtime.ingest(result.value, result.response, { restoring: true })
    if (runtime.active && runtime.transport.capabilities.polling) runtime.poller.start()
    return resolved('restore.resolved', undefined)
  }
  if (!result.ok && result.kind === 'server' && result.retryable) {
    attach(runtime, found.session, found.stored)
    runtime.health = { failures: 0, pending: true, offline: true, disconnected: false }
    runtime.replayPending = true
    runtime.hub.publish('restored', restoredPayload)
    runtime.hub.publish('restoredOffline', undefined)
    if (runtime.transport.capabilities.polling) runtime.poller.start()
    return resolved('restore.resolved', undefined)
  }
  if (result.ok || result.kind === 'session-lost') {
    clearStoredSession(runtime.storage)
    runtime.hooks.lost(result.ok ? { chatEnded: true, response: result.response } : result)
  }
  if (!result.ok) runtime.hub.publish('error', result.response)
  runtime.hub.publish('restoreFailed', undefined)
  return rejected('restore.rejected.not-found', undefined)
}

function attach(runtime: ServiceRuntime, session: SessionData, stored: StoredSession | undefined): void {
  runtime.beginSession(session)
  if (stored) {
    runtime.filters = recallFilters(stored.filters)
    runtime.userData = { ...runtime.userData, ...stored.userData }
  }
  runtime.persist()
}

async function findSession(
  runtime: ServiceRuntime,
  options: CommandOptions['restore'],
): Promise<Found | undefined> {
  const given = toSessionData(options?.sessionData)
  if (given) return { session: given, stored: undefined }
  const stored = readStoredSession(runtime.storage)
  if (stored && stored.transport === runtime.transport.name) {
    if (runtime.clock.now() - stored.ping > runtime.config.restoreTimeout) {
      clearStoredSession(runtime.storage)
      runtime.hub.publish('restoreTimeout', undefined)
      return undefined
    }
    return { session: stored.session, stored }
  }
  const handedBack = await runtime.hooks.readBack(false)
  return handedBack ? { session: handedBack, stored: undefined } : undefined
}
