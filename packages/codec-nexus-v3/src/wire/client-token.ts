import type { DecodeIssue } from '@chatwire/core'
import { isObject } from './check-shape.js'

/**
 * The client token's payload: three ids, no `exp`/`iat`/issuer (pureengage-v3.md §4, [CODE-DEMO] sample).
 * Returned as `data.clientToken` by start/resume, sent back as `x-nexus-client-key`.
 */
export interface ClientTokenPayload {
  readonly sessionId: string
  readonly transportId: string
  readonly participantId: string
}

export type ClientTokenResult =
  | { readonly ok: true; readonly value: ClientTokenPayload }
  | { readonly ok: false; readonly issues: readonly DecodeIssue[] }

/** The ids of the payload, in the order their issues are reported. */
export const PAYLOAD_FIELDS = ['sessionId', 'transportId', 'participantId'] as const

/**
 * Decodes base64url (or base64, padding optional) into UTF-8 text, without node:buffer; `undefined` if
 * malformed. `atob` refuses a length of 4n+1 and non-base64 characters; the pattern refuses the whitespace
 * it would skip and any '=' but trailing padding.
 */
export function decodeBase64Url(segment: string): string | undefined {
  if (!/^[\w+/-]*={0,2}$/.test(segment)) return undefined
  try {
    const binary = atob(segment.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/'))
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
  } catch {
    return undefined
  }
}

/** Encodes text as unpadded base64url, without node:buffer. */
export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * Reads the payload of a client token WITHOUT verifying its signature (the client never can: §4).
 * Failures name `path` (e.g. `data.clientToken`) and what was wrong.
 */
export function decodeClientToken(token: string, path = 'clientToken'): ClientTokenResult {
  const parts = token.split('.')
  const fail = (message: string): ClientTokenResult => ({ ok: false, issues: [{ path, message }] })
  if (parts.length !== 3) return fail(`expected a JWT with 3 dot-separated parts, got ${parts.length}`)
  const text = decodeBase64Url(parts[1] as string)
  if (text === undefined) return fail('payload is not base64url-encoded UTF-8')
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch {
    return fail('payload is not JSON')
  }
  if (!isObject(payload) || Array.isArray(payload)) return fail('payload is not a JSON object')
  const value: Partial<Record<(typeof PAYLOAD_FIELDS)[number], string>> = {}
  const issues: DecodeIssue[] = []
  for (const field of PAYLOAD_FIELDS) {
    const id = Object.hasOwn(payload, field) ? payload[field] : undefined
    if (typeof id === 'string' && id !== '') value[field] = id
    else issues.push({ path: `${path}.payload.${field}`, message: 'expected a non-empty string' })
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: value as ClientTokenPayload }
}

/**
 * Whether the real widget can read this payload: it decodes with `atob`, which rejects the base64url
 * characters `-` and `_`; they appear only when the JSON holds `>`, `?`, `~` or non-ASCII (§4 [INF, checked]).
 * A compatible server mints only payloads for which this is true.
 */
export function isWidgetReadablePayload(payload: ClientTokenPayload): boolean {
  const segment = encodeBase64Url(JSON.stringify(payload))
  return !/[-_]/.test(segment)
}
