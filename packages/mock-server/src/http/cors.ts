import { isJsonReply, type Reply } from './json-reply.js'

/**
 * CORS for browser clients of both protocols (real-widget.md §2.1 and §2.6): every path answers a pre-flight
 * with 204; `*` is enough because the widget sends no credentials, but an Origin is echoed with
 * Allow-Credentials so `withCredentials: true` integrations work too ([INF]).
 */
const ALLOW_HEADERS_BASE = 'apikey, authorization, content-type, x-api-key, x-nexus-client-key'

export function preflight(request: Request): Response {
  const requested = request.headers.get('access-control-request-headers')
  const headers = corsHeaders(request)
  headers['access-control-allow-methods'] = 'GET, POST, PUT, DELETE, OPTIONS'
  headers['access-control-allow-headers'] =
    requested !== null && requested.length < 2000 ? `${ALLOW_HEADERS_BASE}, ${requested}` : ALLOW_HEADERS_BASE
  headers['access-control-max-age'] = '600'
  return new Response(null, { status: 204, headers })
}

export function corsHeaders(request: Request): Record<string, string> {
  const origin = request.headers.get('origin')
  if (origin === null || origin === 'null') return { 'access-control-allow-origin': '*' }
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    vary: 'Origin',
  }
}

/** Adds the CORS headers to a reply (copying it when its headers are immutable). */
export function withCors<R extends Reply>(request: Request, response: R): R
export function withCors(request: Request, response: Reply): Reply {
  const headers = corsHeaders(request)
  if (isJsonReply(response)) {
    Object.assign(response.headers, headers)
    return response
  }
  try {
    for (const [k, v] of Object.entries(headers)) response.headers.set(k, v)
    return response
  } catch {
    const copy = new Response(response.body, response)
    for (const [k, v] of Object.entries(headers)) copy.headers.set(k, v)
    return copy
  }
}
