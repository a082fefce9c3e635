import { NEXUS_HEADERS } from '../protocol/nexus-operations.js'

/**
 * The client token a request carries: `x-nexus-client-key` (pureengage-v3.md §2 "Auth, session"), or
 * else an `Authorization: Bearer <token>` header (chatwire [PROP], for non-widget clients). Verifying
 * it (HS256) is the server's job; this only reads it.
 */
export function readClientKey(request: Request): string | undefined {
  const key = request.headers.get(NEXUS_HEADERS.clientKey)
  if (key !== null && key !== '') return key
  const auth = request.headers.get('authorization')
  const match = auth === null ? null : /^Bearer\s+(\S+)\s*$/i.exec(auth)
  return match?.[1]
}

/** The tenant key a request carries (`x-api-key`, §2 "Auth, tenant"). */
export function readApiKey(request: Request): string | undefined {
  const key = request.headers.get(NEXUS_HEADERS.apiKey)
  return key === null || key === '' ? undefined : key
}
