import type { ResolvedConfig } from '../config/parse-config.js'
import type { SessionData } from '../transport/transport.js'

/**
 * The async-mode hooks of `transport.async`. The seed's option table describes `getSessionData` and
 * `setSessionData` the other way round from its own example; chatwire follows the example and the
 * original (real-widget.md §5 item 30): `getSessionData(sessionData, Cookie, CookieOptions)` is handed
 * the session data to store, `setSessionData(Open, Cookie, CookieOptions)` returns it on start-up,
 * `deleteSessionData(errorData, Cookie, CookieOptions)` is called when the session is lost.
 */
export class AsyncSessionHooks {
  readonly #config: ResolvedConfig
  readonly #cookie: unknown
  readonly #cookieOptions: unknown

  constructor(config: ResolvedConfig, cookie: unknown, cookieOptions: unknown) {
    this.#config = config
    this.#cookie = cookie
    this.#cookieOptions = cookieOptions
  }

  get enabled(): boolean {
    return this.#config.async.enabled
  }

  /** Hands the current session data out (new session, or the session data changed). */
  handOut(session: SessionData): void {
    if (!this.enabled) return
    this.#safely(() => this.#config.async.getSessionData?.({ ...session }, this.#cookie, this.#cookieOptions))
  }

  /** Reads stored session data back; undefined when the hook returns nothing usable. */
  async readBack(open: boolean): Promise<SessionData | undefined> {
    if (!this.enabled || !this.#config.async.setSessionData) return undefined
    const hook = this.#config.async.setSessionData
    let value: unknown
    try {
      value = await hook(open, this.#cookie, this.#cookieOptions)
    } catch {
      return undefined
    }
    return toSessionData(value)
  }

  /** The session is lost: the integrator deletes what it stored. */
  lost(errorData: unknown): void {
    if (!this.enabled) return
    this.#safely(() => this.#config.async.deleteSessionData?.(errorData, this.#cookie, this.#cookieOptions))
  }

  #safely(run: () => unknown): void {
    try {
      const result = run()
      if (result instanceof Promise) result.catch(() => {})
    } catch {
      // an integrator hook that throws must not break the chat
    }
  }
}

/**
 * Session data as integrators hand it back: the object, its JSON text (the seed's example stores
 * `JSON.stringify(sessionData)`), or a bare token string (the `restore` option: "a JWT token string").
 */
export function toSessionData(value: unknown): SessionData | undefined {
  if (typeof value === 'string') {
    if (value === '') return undefined
    try {
      const parsed: unknown = JSON.parse(value)
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
        return parsed as SessionData
    } catch {
      // not JSON: a token
    }
    return { token: value }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return { ...(value as SessionData) }
  return undefined
}
