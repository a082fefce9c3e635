import { type Outcome, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'
import { ownStoredSession } from './restore-session.js'

/**
 * verifySession (beyond the seed, real-widget.md §3.2): whether a chat is open, or a stored one could be
 * restored (stored by this transport, pinged within `restoreTimeout`), without asking the server. It never
 * rejects; a call made while a restore runs answers after that restore.
 */
export async function verifySession(runtime: ServiceRuntime): Promise<Outcome<'verifySession'>> {
  if (runtime.phase === 'restoring') await runtime.restoring
  return resolved({ sessionActive: runtime.active || ownStoredSession(runtime)?.fresh === true })
}
