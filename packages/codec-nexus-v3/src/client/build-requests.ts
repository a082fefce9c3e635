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

function base(ctx: NexusClientContext): string {
  return ctx.dataURL.replace(/\/+$/, '')
}

/** Form fields of a request, in wire order; undefined ones are left out (encodeForm). */
type FormFields = Readonly<Record<string, FormInput>>

/**
 * One wire request of `operation` (§3). Its URL is `where` (an attachment's), or B + the operation's path in
 * NEXUS_OPERATIONS with the `{name}` placeholders filled from `where` (URI-encoded). Headers: the caller's,
 * then the client key. Form fields go in the query of a GET and in a form body otherwise (as jQuery.ajax sends
 * them); a multipart body goes as it is.
 */
function wireRequest(
  ctx: NexusClientContext,
  operation: NexusOperation,
  clientKey: string | undefined,
  where: Readonly<Record<string, string>> | string,
  fields?: FormFields | FormData,
): NexusHttpRequest {
  const { method, path } = NEXUS_OPERATIONS[operation] as { method: string; path: readonly string[] }
  let url = typeof where === 'string' ? where : pathUrl(ctx, path, where)
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
  if (clientKey !== undefined) headers[NEXUS_HEADERS.clientKey] = clientKey
  return { operation, method, url, headers, ...(body !== undefined && { body }) }
}

/** B + a NEXUS_OPERATIONS path, its `{name}` placeholders filled from `ids` (URI-encoded). */
function pathUrl(
  ctx: NexusClientContext,
  path: readonly string[],
  ids: Readonly<Record<string, string>>,
): string {
  const segments = path.map((segment) =>
    segment.startsWith('{') ? encodeURIComponent(ids[segment.slice(1, -1)] ?? '') : segment,
  )
  return [base(ctx), ...segments].join('/')
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
  return wireRequest(ctx, operation, clientKey, {}, { data, operationId: opId(ctx) })
}

/** E3 read events: GET B/{sid}/messages?operationId[&index][&count] (§3 E3, §9). */
export function buildMessagesRequest(
  ctx: NexusClientContext,
  sessionId: string,
  clientKey: string,
  page: { readonly index?: string | number | undefined; readonly count?: number | undefined } = {},
): NexusHttpRequest {
  const query = { operationId: opId(ctx), index: page.index, count: page.count }
  return wireRequest(ctx, 'messages', clientKey, { sessionId }, query)
}

/** E4 send: POST B/{sid}/messages, `operationId` first, then data[type], data[text] (§3 E4). */
export function buildSendRequest(
  ctx: NexusClientContext,
  sessionId: string,
  clientKey: string,
  message: { readonly type: string; readonly text: string },
): NexusHttpRequest {
  const data = { type: message.type, text: message.text }
  return wireRequest(ctx, 'send', clientKey, { sessionId }, { operationId: opId(ctx), data })
}

/** E5 image upload: POST B/{sid}/images, multipart `file` + `operationId` (§3 E5). */
export function buildImageUploadRequest(
  ctx: NexusClientContext,
  sessionId: string,
  clientKey: string,
  file: Blob,
  fileName: string,
): NexusHttpRequest {
  const body = new FormData()
  body.append('file', file, fileName)
  body.append('operationId', opId(ctx))
  return wireRequest(ctx, 'uploadImage', clientKey, { sessionId }, body)
}

/**
 * Where an attachment is fetched: `content[i].url` always under `<dataURL minus /sessions>` (§3 E6), so the
 * auth headers never leave the dataURL's origin. An absolute URL on the same origin is kept; one on another
 * origin is rebuilt as the chat base + its path (a path already under the chat base is not repeated) + query.
 */
function attachmentUrl(ctx: NexusClientContext, url: string): string {
  const chatBase = base(ctx).replace(/\/sessions$/, '')
  if (!/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) return `${chatBase}${url.startsWith('/') ? '' : '/'}${url}`
  const home = new URL(chatBase)
  const given = new URL(url, home)
  if (given.origin === home.origin) return given.href
  const prefix = home.pathname.replace(/\/+$/, '')
  const path =
    prefix && given.pathname.startsWith(`${prefix}/`) ? given.pathname.slice(prefix.length) : given.pathname
  return `${chatBase}${path}${given.search}`
}

/** E6 attachment: GET `<dataURL minus /sessions>` + `content[i].url` with both auth headers (§3 E6). */
export function buildAttachmentRequest(
  ctx: NexusClientContext,
  clientKey: string,
  url: string,
): NexusHttpRequest {
  return wireRequest(ctx, 'attachment', clientKey, attachmentUrl(ctx, url))
}

/** E7 user data: PUT B/{sid}/userdata, data[k]=v… then operationId (§3 E7). */
export function buildUserDataRequest(
  ctx: NexusClientContext,
  sessionId: string,
  clientKey: string,
  userData: Readonly<Record<string, unknown>>,
): NexusHttpRequest {
  return wireRequest(
    ctx,
    'updateUserData',
    clientKey,
    { sessionId },
    { data: userData, operationId: opId(ctx) },
  )
}

/** E8 end: DELETE B/{sid}/participants/{participantId}, form body operationId (§3 E8). */
export function buildLeaveRequest(
  ctx: NexusClientContext,
  sessionId: string,
  clientKey: string,
  participantId: string,
): NexusHttpRequest {
  return wireRequest(ctx, 'leave', clientKey, { sessionId, participantId }, { operationId: opId(ctx) })
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
