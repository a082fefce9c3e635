import type { StorageLike } from '../config/storage.js'
import { isObject } from '../is-object.js'
import type { SessionData } from '../transport/transport.js'

/** What survives a page load (the original keeps the same in its `.state.*` cookies, real-widget.md §2.5). */
export interface StoredSession {
  readonly transport: string
  readonly session: SessionData
  /** ms timestamp of the last poll or reply (the original's `.ping`): restoreTimeout counts from it. */
  readonly ping: number
  /** The StoredFilters written (message-filters.ts); read back unchecked: recallFilters skips what is not one. */
  readonly filters: unknown
  readonly userData: Readonly<Record<string, unknown>>
}

/** The storage key. */
export const sessionStorageKey = 'chatwire.webchat.session'

/** Reads the stored session; anything malformed (or storage that throws) reads as "no session". */
export function readStoredSession(storage: StorageLike): StoredSession | undefined {
  try {
    const value = JSON.parse(storage.getItem(sessionStorageKey) ?? 'null') as Record<string, unknown> | null
    const { transport, session, ping, filters, userData } = value ?? {}
    if (typeof transport !== 'string' || typeof ping !== 'number' || !isObject(session)) return undefined
    return {
      transport,
      session: session as SessionData,
      ping,
      filters,
      userData: isObject(userData) ? userData : {},
    }
  } catch {
    return undefined
  }
}

/** Storage full or denied: the session still runs, it just cannot be restored (or there is nothing to clear). */
function quietly(run: () => void): void {
  try {
    run()
  } catch {}
}

export function writeStoredSession(storage: StorageLike, stored: StoredSession): void {
  quietly(() => storage.setItem(sessionStorageKey, JSON.stringify(stored)))
}

export function clearStoredSession(storage: StorageLike): void {
  quietly(() => storage.removeItem(sessionStorageKey))
}
