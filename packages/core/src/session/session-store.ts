import type { StorageLike } from '../config/storage.js'
import type { StoredFilter } from '../transcript/message-filters.js'
import type { SessionData } from '../transport/transport.js'

/** What survives a page load (the original keeps the same in its `.state.*` cookies, real-widget.md §2.5). */
export interface StoredSession {
  readonly transport: string
  readonly session: SessionData
  /** ms timestamp of the last poll or reply (the original's `.ping`): restoreTimeout counts from it. */
  readonly ping: number
  readonly filters: readonly StoredFilter[]
  readonly userData: Readonly<Record<string, unknown>>
}

/** The storage key. */
export const sessionStorageKey = 'chatwire.webchat.session'

/** Reads the stored session; anything malformed reads as "no session". */
export function readStoredSession(storage: StorageLike): StoredSession | undefined {
  let raw: string | null
  try {
    raw = storage.getItem(sessionStorageKey)
  } catch {
    return undefined
  }
  if (raw === null) return undefined
  try {
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return undefined
    const value = parsed as Record<string, unknown>
    if (typeof value.transport !== 'string' || typeof value.ping !== 'number') return undefined
    if (typeof value.session !== 'object' || value.session === null) return undefined
    return {
      transport: value.transport,
      session: value.session as SessionData,
      ping: value.ping,
      filters: Array.isArray(value.filters) ? (value.filters as StoredFilter[]) : [],
      userData:
        typeof value.userData === 'object' && value.userData !== null
          ? (value.userData as Record<string, unknown>)
          : {},
    }
  } catch {
    return undefined
  }
}

export function writeStoredSession(storage: StorageLike, stored: StoredSession): void {
  try {
    storage.setItem(sessionStorageKey, JSON.stringify(stored))
  } catch {
    // storage full or denied: the session still runs, it just cannot be restored
  }
}

export function clearStoredSession(storage: StorageLike): void {
  try {
    storage.removeItem(sessionStorageKey)
  } catch {
    // nothing to clear
  }
}
