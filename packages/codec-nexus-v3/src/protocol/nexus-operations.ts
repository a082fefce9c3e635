/**
 * The v3 chat endpoints, relative to `B = <dataURL>` (…/nexus/v3/chat/sessions). pureengage-v3.md §3.
 * `path`: appended to B, its `{name}` placeholders filled from the request (URI-encoded).
 */
export const NEXUS_OPERATIONS = {
  // E1 [CODE-W3]: POST B, form body under data[…] + operationId; E2 is the same call with x-nexus-client-key
  start: { method: 'POST', path: '' },
  // E2 [CODE-W3]: POST B with x-nexus-client-key (async resume)
  resume: { method: 'POST', path: '' },
  // E3 [CODE-W3]: GET B/{sid}/messages?operationId[&index][&count]
  messages: { method: 'GET', path: '/{sessionId}/messages' },
  // E4 [CODE-W3]: POST B/{sid}/messages, data[type] + data[text]
  send: { method: 'POST', path: '/{sessionId}/messages' },
  // E5 [CODE-W3]: POST B/{sid}/images, multipart `file` + `operationId`
  uploadImage: { method: 'POST', path: '/{sessionId}/images' },
  // E6 [PROP] URL form /sessions/{sid}/images/{mediaId} served under B
  attachment: { method: 'GET', path: '/{sessionId}/images/{mediaId}' },
  // E7 [CODE-W3]: PUT B/{sid}/userdata, data[k]=v + operationId
  updateUserData: { method: 'PUT', path: '/{sessionId}/userdata' },
  // E8 [CODE-W3]: DELETE B/{sid}/participants/{participantId}, form body operationId
  leave: { method: 'DELETE', path: '/{sessionId}/participants/{participantId}' },
} as const

export type NexusOperation = keyof typeof NEXUS_OPERATIONS

/** E1's `data[…]` fields in the widget's order (real-widget.md §2.6); `userData` goes as `data[userData][k]`. */
export const NEXUS_START_FIELDS = [
  'firstName',
  'lastName',
  'nickname',
  'endpoint',
  'stream',
  'clientType',
  'userData',
  'email',
  'subject',
] as const

/** Headers of the protocol (§2 "Auth, tenant" / "Auth, session"). */
export const NEXUS_HEADERS = {
  apiKey: 'x-api-key',
  clientKey: 'x-nexus-client-key',
} as const

/** Form content type the widget sends on POST, PUT and DELETE (§2 "Request body", real-widget.md §2.6). */
export const NEXUS_FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=UTF-8'

/** The path under which `dataURL` always ends (§1 `dataURL`). */
export const NEXUS_DEFAULT_BASE_PATH = '/nexus/v3/chat/sessions'

/** Restore page size in sync mode: the whole transcript (§3 E3 table, §7). */
export const NEXUS_SYNC_RESTORE_COUNT = 10000

/** `maxMessagePageSize` default and floor (§1). */
export const NEXUS_DEFAULT_PAGE_SIZE = 20
export const NEXUS_MIN_PAGE_SIZE = 16

/** ajaxTimeout default for every call but the poll (§2 "Timeouts"). */
export const NEXUS_DEFAULT_AJAX_TIMEOUT = 9000

/**
 * The relative attachment URL written in `content[i].url` (§3 E6 [PROP]); the client fetches it at
 * `<dataURL minus /sessions>` + url.
 */
export function nexusImageUrl(sessionId: string, mediaId: string): string {
  return `/sessions/${encodeURIComponent(sessionId)}/images/${encodeURIComponent(mediaId)}`
}
