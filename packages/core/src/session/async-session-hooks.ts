import { isRecord } from '../is-object.js'
import { parseJson } from '../parse-json.js'
import type { ServiceRuntime } from '../service-runtime.js'
import type { SessionData } from '../transport/transport.js'

/**
 * The async-mode hooks of `transport.async`. The seed's option table describes `getSessionData` and
 * `setSessionData` the other way round from its own example; chatwire follows the example and the
 * original (real-widget.md §5 item 30): `getSessionData(sessionData, Cookie, CookieOptions)` is handed
 * the session data to store, `setSessionData(Open, Cookie, CookieOptions)` returns it on start-up,
 * `deleteSessionData(errorData, Cookie, CookieOptions)` is called when the session is lost.
 * Outside async mode none is called. What a hook throws (or its promise rejects with) never breaks the chat.
 */
function callHook(
  runtime: ServiceRuntime,
  hook: 'getSessionData' | 'setSessionData' | 'deleteSessionData',
  argument: unknown,
): unknown {
  const { async } = runtime.config
  if (!async.enabled) return undefined
  try {
    const result = async[hook]?.(argument, runtime.cookie, runtime.cookieOptions)
    if (result instanceof Promise) result.catch(() => {})
    return result
  } catch {
    return undefined
  }
}

/** Hands the current session data out (new session, or the session data changed). */
export function handOutSession(runtime: ServiceRuntime, session: SessionData): void {
  callHook(runtime, 'getSessionData', { ...session })
}

/** Reads stored session data back; undefined when the hook returns nothing usable. */
export async function readBackSession(runtime: ServiceRuntime): Promise<SessionData | undefined> {
  try {
    return toSessionData(await callHook(runtime, 'setSessionData', false))
  } catch {
    // a hook that rejects hands nothing back
  }
}

/** The session is lost: the integrator deletes what it stored. */
export function sessionLost(runtime: ServiceRuntime, errorData: unknown): void {
  callHook(runtime, 'deleteSessionData', errorData)
}

/**
 * Session data as integrators hand it back: the object, its JSON text (the seed's example stores
 * `JSON.stringify(sessionData)`), or a bare token string (the `restore` option: "a JWT token string").
 */
export function toSessionData(value: unknown): SessionData | undefined {
  if (typeof value === 'string' && value !== '') {
    const parsed = parseJson(value)
    // not a JSON object: a token
    return isRecord(parsed) ? (parsed as SessionData) : { token: value }
  }
  return isRecord(value) ? { ...(value as SessionData) } : undefined
}
