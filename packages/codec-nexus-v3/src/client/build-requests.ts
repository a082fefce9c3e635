import {
  NEXUS_FORM_CONTENT_TYPE,
  NEXUS_HEADERS,
  NEXUS_OPERATIONS,
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
  readonly headers?: Readonly<Record<string, string>>
  /** Makes operationIds (default: widget-shaped random ids). */
  readonly operationId?: () => string
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

function headers(
  ctx: NexusClientContext,
  clientKey: string | undefined,
  form: boolean,
): Record<string, string> {
  const out: Record<string, string> = { ...ctx.headers }
  if (form) out['content-type'] = NEXUS_FORM_CONTENT_TYPE
  if (clientKey !== undefined) out[NEXUS_HEADERS.clientKey] = clientKey
  return out
}

function sessionUrl(ctx: NexusClientContext, sessionId: string, ...rest: string[]): string {
  return [base(ctx), sessionId, ...rest].map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join('/')
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
  for (const key of ['firstName', 'lastName', 'nickname', 'endpoint', 'stream', 'clientType'] as const) {
    if (fields[key] !== undefined) data[key] = fields[key]
  }
  if (fields.userData !== undefined) {
    const userData: Record<string, unknown> = { ...fields.userData }
    if (userData.phone !== undefined && userData.PhoneNumber === undefined)
      userData.PhoneNumber = userData.phone
    data.userData = userData
  }
  if (fields.email !== undefined) data.email = fields.email
  if (fields.subject !== undefined) data.subject = fields.subject
  return {
    operation: clientKey === undefined ? 'start' : 'resume',
    method: NEXUS_OPERATIONS.start.method,
    url: base(ctx),
    headers: headers(ctx, clientKey, true),
    body: encodeForm({ data, operationId: opId(ctx) }).toString(),
  }
}

/** E3 read events: GET B/{sid}/messages?operationId[&index][&count] (§3 E3, §9). */
export function buildMessagesRequest(
  ctx: NexusClientContext,
  sessionId: string,
  clientKey: string,
  page: { readonly index?: string | number; readonly count?: number } = {},
): NexusHttpRequest {
  const query = new URLSearchParams({ operationId: opId(ctx) })
  if (page.index !== undefined) query.set('index', String(page.index))
  if (page.count !== undefined) query.set('count', String(page.count))
  return {
    operation: 'messages',
    method: NEXUS_OPERATIONS.messages.method,
    url: `${sessionUrl(ctx, sessionId, 'messages')}?${query}`,
    headers: headers(ctx, clientKey, false),
  }
}

/** E4 send: POST B/{sid}/messages, `operationId` first, then data[type], data[text] (§3 E4). */
export function buildSendRequest(
  ctx: NexusClientContext,
  sessionId: string,
  clientKey: string,
  message: { readonly type: string; readonly text: string },
): NexusHttpRequest {
  return {
    operation: 'send',
    method: NEXUS_OPERATIONS.send.method,
    url: sessionUrl(ctx, sessionId, 'messages'),
    headers: headers(ctx, clientKey, true),
    body: encodeForm({ operationId: opId(ctx), data: { type: message.type, text: message.text } }).toString(),
  }
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
  return {
    operation: 'uploadImage',
    method: NEXUS_OPERATIONS.uploadImage.method,
    url: sessionUrl(ctx, sessionId, 'images'),
    headers: headers(ctx, clientKey, false),
    body,
  }
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
  return {
    operation: 'attachment',
    method: NEXUS_OPERATIONS.attachment.method,
    url: attachmentUrl(ctx, url),
    headers: headers(ctx, clientKey, false),
  }
}

/** E7 user data: PUT B/{sid}/userdata, data[k]=v… then operationId (§3 E7). */
export function buildUserDataRequest(
  ctx: NexusClientContext,
  sessionId: string,
  clientKey: string,
  userData: Readonly<Record<string, unknown>>,
): NexusHttpRequest {
  return {
    operation: 'updateUserData',
    method: NEXUS_OPERATIONS.updateUserData.method,
    url: sessionUrl(ctx, sessionId, 'userdata'),
    headers: headers(ctx, clientKey, true),
    body: encodeForm({ data: { ...userData }, operationId: opId(ctx) }).toString(),
  }
}

/** E8 end: DELETE B/{sid}/participants/{participantId}, form body operationId (§3 E8). */
export function buildLeaveRequest(
  ctx: NexusClientContext,
  sessionId: string,
  clientKey: string,
  participantId: string,
): NexusHttpRequest {
  return {
    operation: 'leave',
    method: NEXUS_OPERATIONS.leave.method,
    url: sessionUrl(ctx, sessionId, 'participants', participantId),
    headers: headers(ctx, clientKey, true),
    body: encodeForm({ operationId: opId(ctx) }).toString(),
  }
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
