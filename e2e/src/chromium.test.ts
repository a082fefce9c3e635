import { afterEach, describe, expect, it, vi } from 'vitest'
import { CHROMIUM_NOT_FOUND, findChromium } from './chromium.js'

afterEach(() => vi.unstubAllEnvs())

describe('findChromium', () => {
  it('uses CHROMIUM_PATH when it exists', () => {
    vi.stubEnv('CHROMIUM_PATH', process.execPath)
    expect(findChromium()).toBe(process.execPath)
  })

  it('an explicit path that does not exist stops with one line, without installing', () => {
    expect(() => findChromium({ executablePath: '/nonexistent/chromium' })).toThrow(
      `${CHROMIUM_NOT_FOUND} (CHROMIUM_PATH=/nonexistent/chromium does not exist)`,
    )
  })

  it('with nothing found and no install allowed, throws the one-line instruction', () => {
    vi.stubEnv('CHROMIUM_PATH', '')
    let message = ''
    try {
      findChromium({ defaultPath: '/nonexistent/chromium', install: false })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toBe('chromium not found: run `apt-get install chromium` (Debian) or set CHROMIUM_PATH')
    expect(message).not.toContain('\n')
  })

  it('finds the default path', () => {
    vi.stubEnv('CHROMIUM_PATH', '')
    expect(findChromium({ defaultPath: process.execPath, install: false })).toBe(process.execPath)
  })
})
