import type { DecodeIssue } from '@chatwire/core'

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

const PAYLOAD_FIELDS = ['sessionId', 'transportId', 'participantId'] as const

/** Decodes base64url (or base64, padding optional) into text, without node:buffer; `undefined` if malformed. */
export function decodeBase64Url(segment: string): string | undefined {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(segment)) return undefined
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '')
  if (base64.length % 4 === 1) return undefined
  try {
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
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
  if (parts.length !== 3) {
    return fail(path, `expected a JWT with 3 dot-separated parts, got ${parts.length}`)
  }
  const text = decodeBase64Url(parts[1] as string)
  if (text === undefined) return fail(path, 'payload is not base64url-encoded UTF-8')
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch {
    return fail(path, 'payload is not JSON')
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return fail(path, 'payload is not a JSON object')
  }
  const record = payload as Record<string, unknown>
  const issues: DecodeIssue[] = []
  for (const field of PAYLOAD_FIELDS) {
    const value = Object.hasOwn(record, field) ? record[field] : undefined
    if (typeof value !== 'string' || value === '') {
      issues.push({ path: `${path}.payload.${field}`, message: 'expected a non-empty string' })
    }
  }
  if (issues.length > 0) return { ok: false, issues }
  return {
    ok: true,
    value: {
      sessionId: record.sessionId as string,
      transportId: record.transportId as string,
      participantId: record.participantId as string,
    },
  }
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

function fail(path: string, message: string): ClientTokenResult {
  return { ok: false, issues: [{ path, message }] }
}
