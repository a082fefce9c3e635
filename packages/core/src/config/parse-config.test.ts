import { describe, expect, it } from 'vitest'
import { parseConfig } from './parse-config.js'

describe('parseConfig', () => {
  it('applies the seed defaults', () => {
    expect(parseConfig(undefined)).toMatchObject({
      ajaxTimeout: 3000,
      pollExceptionLimit: 5,
      restoreTimeout: 60000,
      userData: {},
      async: { enabled: false },
    })
  })

  it('reads the v2 option set (and ignores the WebChat UI options beside it)', () => {
    const config = parseConfig({
      apikey: 'k',
      dataURL: 'https://example.test/gms-chat/2/chat',
      enableCustomHeader: true,
      userData: { a: 1 },
      ajaxTimeout: 5000,
      xhrFields: { withCredentials: false },
      pollExceptionLimit: 2,
      restoreTimeout: 1000,
      emojis: true,
      chatButton: { enabled: true },
    })
    expect(config).toMatchObject({
      ajaxTimeout: 5000,
      pollExceptionLimit: 2,
      restoreTimeout: 1000,
      userData: { a: 1 },
    })
  })

  it('reads the v3 option set with the async hooks', () => {
    const getSessionData = () => {}
    const config = parseConfig({
      transport: {
        type: 'pureengage-v3-rest',
        dataURL: 'https://example.test/nexus/v3/chat/sessions',
        endpoint: 'e',
        headers: { 'x-api-key': 'k' },
        async: { enabled: true, getSessionData },
      },
    })
    expect(config).toMatchObject({ async: { enabled: true, getSessionData, setSessionData: undefined } })
  })

  it('a bad option is an error value naming the option', () => {
    expect(parseConfig({ ajaxTimeout: 'soon' })).toEqual({
      ok: false,
      issues: [{ option: 'ajaxTimeout', message: 'ajaxTimeout must be a number' }],
    })
    expect(parseConfig({ pollExceptionLimit: -1 })).toMatchObject({
      issues: [{ option: 'pollExceptionLimit' }],
    })
    expect(parseConfig({ transport: { async: { enabled: 'yes' } } })).toMatchObject({
      issues: [{ option: 'transport.async.enabled' }],
    })
    expect(parseConfig({ transport: { headers: { 'x-api-key': 1 } } })).toMatchObject({
      issues: [{ option: 'transport.headers.x-api-key' }],
    })
    expect(parseConfig('webchat')).toMatchObject({ ok: false, issues: [{ option: '(webchat)' }] })
  })
})
