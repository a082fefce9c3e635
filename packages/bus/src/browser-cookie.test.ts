import { describe, expect, it } from 'vitest'
import { createCookieJar } from './browser-cookie.js'

/** A document.cookie double: the setter stores name=value, an expiry in the past deletes. */
function cookieDocument() {
  const jar = new Map<string, string>()
  const writes: string[] = []
  return {
    writes,
    get cookie() {
      return [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
    },
    set cookie(text: string) {
      writes.push(text)
      const [pair = '', ...attrs] = text.split('; ')
      const at = pair.indexOf('=')
      const expires = attrs.find((a) => a.startsWith('expires='))
      if (expires !== undefined && new Date(expires.slice(8)).getTime() < Date.now())
        jar.delete(pair.slice(0, at))
      else jar.set(pair.slice(0, at), pair.slice(at + 1))
    },
  }
}

describe('createCookieJar', () => {
  it('sets, gets (encoded) and removes', () => {
    const doc = cookieDocument()
    const jar = createCookieJar(doc)
    jar.set('session data', '{"token":"a=b; c"}', { secure: true, sameSite: 'Lax' })
    jar.set('other', '1')
    expect(jar.get('session data')).toBe('{"token":"a=b; c"}')
    expect(jar.get('other')).toBe('1')
    expect(jar.get('missing')).toBeUndefined()
    expect(doc.writes[0]).toContain('; path=/; secure; samesite=Lax')
    jar.remove('session data')
    expect(jar.get('session data')).toBeUndefined()
    expect(jar.get('other')).toBe('1')
  })

  it('writes expires from days or a date', () => {
    const doc = cookieDocument()
    createCookieJar(doc).set('a', '1', { expires: new Date(Date.UTC(2100, 0, 1)), domain: 'example.test' })
    expect(doc.writes[0]).toBe('a=1; path=/; domain=example.test; expires=Fri, 01 Jan 2100 00:00:00 GMT')
  })
})
