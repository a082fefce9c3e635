/**
 * A JSON reply not yet turned into a Response. The hot paths (GMS refresh/send, v3 polls) build these so
 * the Node listener can write them without a Response round trip; `fetch` callers get a real Response.
 */
export interface JsonReply {
  readonly kind: 'json-reply'
  readonly status: number
  readonly body: unknown
  readonly headers: Record<string, string>
}

export type Reply = Response | JsonReply

export function jsonReply(body: unknown, status = 200, contentType = 'application/json'): JsonReply {
  return { kind: 'json-reply', status, body, headers: { 'content-type': contentType } }
}

export function isJsonReply(r: Reply): r is JsonReply {
  return (r as JsonReply).kind === 'json-reply'
}

export function toResponse(r: Reply): Response {
  return isJsonReply(r) ? new Response(JSON.stringify(r.body), { status: r.status, headers: r.headers }) : r
}
