import {
  NEXUS_FORM_CONTENT_TYPE,
  NEXUS_HEADERS,
  NEXUS_OPERATIONS,
  NEXUS_START_FIELDS,
  type NexusOperation,
} from '../protocol/nexus-operations.js'
import { encodeForm, type FormInput } from '../wire/form-encoding.js'
import { createOperationId } from './operation-id.js'

/** A wire request: method, absolute URL, headers and body (form text or multipart). */
export interface NexusHttpRequest {
  readonly operation: NexusOperation
  readonly method: string
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body?: string | FormData
}

/** Where and how to call: the seed's `transport.dataURL` and `transport.headers` (e.g. x-api-key). */
export interface NexusClientContext {
  readonly dataURL: string
  readonly headers?: Readonly<Record<string, string>> | undefined
  /** Makes operationIds (default: widget-shaped random ids). */
  readonly operationId?: (() => string) | undefined
}

/** The start body fields (§3 E1), taken from the registration form; undefined fields are not sent. */
export interface NexusStartFields {
  readonly firstName?: string | undefined
  readonly lastName?: string | undefined
  readonly nickname?: string | undefined
  readonly endpoint?: string | undefined
  readonly stream?: string | undefined
  readonly clientType?: string | undefined
  readonly userData?: Readonly<Record<string, unknown>> | undefined
  readonly email?: string | undefined
  readonly subject?: string | undefined
}

/** The ids a request of a session is addressed by: its `{name}` path placeholders and its client key (`token`). */
export type RequestSession = {
  readonly [id in 'sessionId' | 'participantId' | 'mediaId' | 'token']?: string | undefined
}

/** B: the dataURL without trailing slashes. */
function base(ctx: NexusClientContext): string {
  return ctx.dataURL.replace(/\/+$/, '')
}

/** Form fields of a request, in wire order; undefined ones are left out (encodeForm). */
type FormFields = Readonly<Record<string, FormInput>>

/**
 * One wire request of `operation` for session `s` (§3). Its URL is `url` (an attachment's), or B + the
 * operation's path in NEXUS_OPERATIONS with the `{name}` placeholders filled from `s` (URI-encoded).
 * Headers: the caller's, then `s.token` as the client key. Form fields go in the query of a GET and in a form
 * body otherwise (as jQuery.ajax sends them); a multipart body goes as it is.
 */
function wireRequest(
  ctx: NexusClientContext,
  operation: NexusOperation,
  s: RequestSession,
  fields?: FormFields | FormData,
  url = base(ctx) +
    NEXUS_OPERATIONS[operation].path.replace(/\{(\w+)\}/g, (_, name: keyof RequestSession) =>
      encodeURIComponent(s[name] ?? ''),
    ),
): NexusHttpRequest {
  const { method } = NEXUS_OPERATIONS[operation]
  const headers: Record<string, string> = { ...ctx.headers }
  let body: string | FormData | undefined
  if (fields instanceof FormData) body = fields
  else if (fields !== undefined) {
    const form = encodeForm(fields).toString()
    if (method === 'GET') url += `?${form}`
    else {
      headers['content-type'] = NEXUS_FORM_CONTENT_TYPE
      body = form
    }
  }
  if (s.token !== undefined) headers[NEXUS_HEADERS.clientKey] = s.token
  return { operation, method, url, headers, ...(body !== undefined && { body }) }
}

function opId(ctx: NexusClientContext): string {
  return (ctx.operationId ?? createOperationId)()
}

/**
 * E1 start (and E2 resume when `clientKey` is given): POST B, `data[…]` then `operationId` last
 * (real-widget.md §2.6 field order). `userData.phone` is also sent as `PhoneNumber` (§3 E1 [CODE-W3]).
 */
export function buildStartRequest(
  ctx: NexusClientContext,
  fields: NexusStartFields,
  clientKey?: string,
): NexusHttpRequest {
  const data: Record<string, FormInput> = {}
  for (const key of NEXUS_START_FIELDS) if (fields[key] !== undefined) data[key] = fields[key]
  const userData = fields.userData
  if (userData?.phone !== undefined && userData.PhoneNumber === undefined)
    data.userData = { ...userData, PhoneNumber: userData.phone }
  const operation = clientKey === undefined ? 'start' : 'resume'
  return wireRequest(ctx, operation, { token: clientKey }, { data, operationId: opId(ctx) })
}

/** E3 read events: GET B/{sid}/messages?operationId[&index][&count] (§3 E3, §9). */
export function buildMessagesRequest(
  ctx: NexusClientContext,
  s: RequestSession,
  page: { readonly index?: string | number | undefined; readonly count?: number | undefined } = {},
): NexusHttpRequest {
  return wireRequest(ctx, 'messages', s, { operationId: opId(ctx), index: page.index, count: page.count })
}

/** E4 send: POST B/{sid}/messages, `operationId` first, then data[type], data[text] (§3 E4). */
export function buildSendRequest(
  ctx: NexusClientContext,
  s: RequestSession,
  message: { readonly type: string; readonly text: string },
): NexusHttpRequest {
  const data = { type: message.type, text: message.text }
  return wireRequest(ctx, 'send', s, { operationId: opId(ctx), data })
}

/** E5 image upload: POST B/{sid}/images, multipart `file` + `operationId` (§3 E5). */
export function buildImageUploadRequest(
  ctx: NexusClientContext,
  s: RequestSession,
  file: Blob,
  fileName: string,
): NexusHttpRequest {
  const body = new FormData()
  body.append('file', file, fileName)
  body.append('operationId', opId(ctx))
  return wireRequest(ctx, 'uploadImage', s, body)
}

/**
 * E6 attachment: GET `<dataURL minus /sessions>` + `content[i].url` with both auth headers (§3 E6). The URL
 * stays under the chat base, so the auth headers never leave the dataURL's origin: an absolute URL on the same
 * origin is kept; one on another origin is rebuilt as the chat base + its path (a path already under the chat
 * base is not repeated) + query.
 */
export function buildAttachmentRequest(
  ctx: NexusClientContext,
  s: RequestSession,
  url: string,
): NexusHttpRequest {
  const chatBase = base(ctx).replace(/\/sessions$/, '')
  let where = `${chatBase}${url.startsWith('/') ? '' : '/'}${url}`
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) {
    const home = new URL(chatBase)
    const given = new URL(url, home)
    const prefix = home.pathname.replace(/\/+$/, '')
    const path =
      prefix && given.pathname.startsWith(`${prefix}/`) ? given.pathname.slice(prefix.length) : given.pathname
    where = given.origin === home.origin ? given.href : `${chatBase}${path}${given.search}`
  }
  return wireRequest(ctx, 'attachment', s, undefined, where)
}

/** E7 user data: PUT B/{sid}/userdata, data[k]=v… then operationId (§3 E7). */
export function buildUserDataRequest(
  ctx: NexusClientContext,
  s: RequestSession,
  userData: Readonly<Record<string, unknown>>,
): NexusHttpRequest {
  return wireRequest(ctx, 'updateUserData', s, { data: userData, operationId: opId(ctx) })
}

/** E8 end: DELETE B/{sid}/participants/{participantId}, form body operationId (§3 E8). */
export function buildLeaveRequest(ctx: NexusClientContext, s: RequestSession): NexusHttpRequest {
  return wireRequest(ctx, 'leave', s, { operationId: opId(ctx) })
}

/** The `Request` of a wire request (for fetch). */
export function toFetchRequest(request: NexusHttpRequest, signal?: AbortSignal): Request {
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
    ...(signal !== undefined ? { signal } : {}),
  })
}
