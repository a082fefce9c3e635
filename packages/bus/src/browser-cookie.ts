/** The `Cookie` handed to the async session-data hooks (seed example: `Cookie.set(name, value, CookieOptions)`, `Cookie.get(name)`). */
export interface CookieJar {
  get(name: string): string | undefined
  set(name: string, value: string, options?: CookieOptions): void
  remove(name: string, options?: CookieOptions): void
}

export interface CookieOptions {
  readonly path?: string
  readonly domain?: string
  readonly expires?: number | Date
  readonly secure?: boolean
  readonly sameSite?: 'Strict' | 'Lax' | 'None'
}

/** A cookie jar over a `document.cookie`-shaped property. */
export function createCookieJar(doc: { cookie: string }): CookieJar {
  const attributes = (options: CookieOptions = {}) => {
    let text = `; path=${options.path ?? '/'}`
    if (options.domain !== undefined) text += `; domain=${options.domain}`
    if (options.expires !== undefined) {
      const at =
        typeof options.expires === 'number' ? new Date(Date.now() + options.expires * 864e5) : options.expires
      text += `; expires=${at.toUTCString()}`
    }
    if (options.secure === true) text += '; secure'
    if (options.sameSite !== undefined) text += `; samesite=${options.sameSite}`
    return text
  }
  return {
    get(name) {
      for (const part of doc.cookie.split('; ')) {
        const at = part.indexOf('=')
        if (at > 0 && decodeURIComponent(part.slice(0, at)) === name)
          return decodeURIComponent(part.slice(at + 1))
      }
      return undefined
    },
    set(name, value, options) {
      doc.cookie = `${encodeURIComponent(name)}=${encodeURIComponent(value)}${attributes(options)}`
    },
    remove(name, options) {
      doc.cookie = `${encodeURIComponent(name)}=${attributes({ ...options, expires: new Date(0) })}`
    },
  }
}
