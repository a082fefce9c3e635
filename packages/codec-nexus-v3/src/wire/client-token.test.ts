import { describe, expect, it } from 'vitest'
import {
  decodeBase64Url,
  decodeClientToken,
  encodeBase64Url,
  isWidgetReadablePayload,
} from './client-token.js'

describe('client token payload (pureengage-v3.md §4)', () => {
  it('decodes base64url with - and _ and without padding, and UTF-8', () => {
    expect(decodeBase64Url(encodeBase64Url('~~~>>>??ü'))).toBe('~~~>>>??ü')
    expect(encodeBase64Url('~~~>>>??')).toMatch(/[-_]/)
    expect(decodeBase64Url('e30')).toBe('{}')
    expect(decodeBase64Url('e30=')).toBe('{}')
    expect(decodeBase64Url('a')).toBeUndefined()
    expect(decodeBase64Url('*')).toBeUndefined()
    expect(decodeBase64Url('_w')).toBeUndefined() // 0xff is not UTF-8
  })

  it('names what is wrong with a token', () => {
    expect(decodeClientToken('abc', 'data.clientToken')).toEqual({
      ok: false,
      issues: [{ path: 'data.clientToken', message: 'expected a JWT with 3 dot-separated parts, got 1' }],
    })
    expect(decodeClientToken(`h.${encodeBase64Url('[1]')}.s`)).toMatchObject({
      ok: false,
      issues: [{ message: 'payload is not a JSON object' }],
    })
    expect(decodeClientToken(`h.${encodeBase64Url('{"sessionId":5}')}.s`)).toMatchObject({
      ok: false,
      issues: [
        { path: 'clientToken.payload.sessionId' },
        { path: 'clientToken.payload.transportId' },
        { path: 'clientToken.payload.participantId' },
      ],
    })
  })

  it('does not read ids inherited through __proto__', () => {
    const payload = '{"__proto__":{"sessionId":"s","transportId":"t","participantId":"p"}}'
    expect(decodeClientToken(`h.${encodeBase64Url(payload)}.s`).ok).toBe(false)
  })

  it('tells whether the widget (atob) can read a payload', () => {
    expect(isWidgetReadablePayload({ sessionId: 'a', transportId: 'b', participantId: 'c' })).toBe(true)
    expect(isWidgetReadablePayload({ sessionId: '>>>', transportId: '???', participantId: '~' })).toBe(false)
  })
})
