import { appendMap } from './form-codec.js'
import { GMS_FORM_CONTENT_TYPE } from './gms-protocol.js'
import { GMS_OPERATION_PATHS, type GmsOperation, type GmsRequest, type UserDataMap } from './gms-request.js'

/** Where and how requests go: the service URL (`…/genesys/2/chat/{serviceName}`) and extra headers. */
export interface GmsTarget {
  readonly dataURL: string
  /** Headers added to every request (`apikey`, the custom header object). */
  readonly headers?: Readonly<Record<string, string>>
  /**
   * Request chat goes to `<dataURL>/` (true, the widget's default; also when undefined) or `<dataURL>`
   * (real-widget.md §2.1).
   */
  readonly trailingSlash?: boolean | undefined
}

/** A wire request, ready for fetch: always POST (gms-chat-v2.md §1). */
export interface GmsWireRequest {
  readonly method: 'POST'
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  /** Form-urlencoded text, or FormData for the multipart upload. */
  readonly body: string | FormData
}

/** A body field: text, a number, or a (nested) map sent as bracket keys; undefined = left out. */
export type GmsFieldValue = string | number | UserDataMap | undefined

/**
 * The wire request of one call, fields in the order given. `path` (after `<dataURL>/`, e.g.
 * `<chatId>/send`) undefined = request chat, which goes to `<dataURL>/` (or `<dataURL>` with
 * `trailingSlash: false`). With a `file` the body is multipart with the file part first (gms-chat-v2.md
 * §2.11), else form-urlencoded.
 */
export function gmsWireRequest(
  target: GmsTarget,
  path: string | undefined,
  fields: Readonly<Record<string, GmsFieldValue>>,
  file?: Blob,
  fileName?: string,
): GmsWireRequest {
  const form = file ? new FormData() : new URLSearchParams()
  if (file) (form as FormData).append('file', file, fileName)
  const add = (name: string, value: string) => form.append(name, value)
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'object') appendMap(add, name, value)
    else if (value !== undefined) add(name, String(value))
  }
  const slash = path === undefined ? (target.trailingSlash === false ? '' : '/') : `/${path}`
  return {
    method: 'POST',
    url: target.dataURL.replace(/\/+$/, '') + slash,
    headers: file ? { ...target.headers } : { ...target.headers, 'content-type': GMS_FORM_CONTENT_TYPE },
    body: file ? (form as FormData) : form.toString(),
  }
}

/**
 * Body fields after the identity triple, in wire order, per operation. `userData` is sent as bracket keys
 * (`userData[k]=v`), `eventAttributes` as JSON text; absent fields are left out. The transport writes the
 * same fields from neutral operations; a test holds it to this table.
 */
const BODY_FIELDS: { readonly [K in GmsOperation]: readonly string[] } = {
  // gms-chat-v2.md §2.1; order and empty fields as real-widget.md §2.2; `endpoint` last (real-widget.md §2.8)
  requestChat: [
    'nickname',
    'firstName',
    'lastName',
    'emailAddress',
    'subject',
    'text',
    'userData',
    'endpoint',
  ],
  // gms-chat-v2.md §2.2; eventAttributes as JSON (real-widget.md §2.2)
  send: ['message', 'messageType', 'transcriptPosition', 'eventAttributes'],
  // gms-chat-v2.md §2.3
  startTyping: ['transcriptPosition', 'message'],
  // gms-chat-v2.md §2.3
  stopTyping: ['transcriptPosition', 'message'],
  // gms-chat-v2.md §2.4
  refresh: ['transcriptPosition', 'message'],
  // gms-chat-v2.md §2.5: identity only
  disconnect: [],
  // gms-chat-v2.md §2.6
  pushUrl: ['pushUrl'],
  // gms-chat-v2.md §2.7
  updateNickname: ['nickname'],
  // gms-chat-v2.md §2.8
  customNotice: ['message', 'eventAttributes'],
  // gms-chat-v2.md §2.9
  updateData: ['userData'],
  // gms-chat-v2.md §2.10
  readReceipt: ['transcriptPosition'],
  // gms-chat-v2.md §2.11: identity only
  fileLimits: [],
  // gms-chat-v2.md §2.11: multipart: the file part, then the identity parts, then userData
  fileUpload: ['userData'],
  // gms-chat-v2.md §2.11: identity only
  fileDownload: [],
  // gms-chat-v2.md §2.11: identity only
  fileDelete: [],
}

/** Builds the wire request of any GMS Chat v2 request. */
export function buildGmsRequest(target: GmsTarget, request: GmsRequest): GmsWireRequest {
  const session = request.operation === 'requestChat' ? undefined : request
  // identity first in every body, empty on request chat (real-widget.md §2.1)
  const fields: Record<string, GmsFieldValue> = {
    alias: session?.identity.alias ?? '',
    secureKey: session?.identity.secureKey ?? '',
    userId: session?.identity.userId ?? '',
  }
  const values = request as unknown as Readonly<Record<string, unknown>>
  for (const name of BODY_FIELDS[request.operation]) {
    const value = values[name]
    fields[name] =
      name === 'eventAttributes' && value !== undefined ? JSON.stringify(value) : (value as GmsFieldValue)
  }
  const path =
    session &&
    `${encodeURIComponent(session.chatId)}/${GMS_OPERATION_PATHS[session.operation].replace(
      '{fileId}',
      'fileId' in session ? encodeURIComponent(session.fileId) : '',
    )}`
  const upload = request.operation === 'fileUpload'
  return gmsWireRequest(
    target,
    path,
    fields,
    upload ? request.file : undefined,
    upload ? request.fileName : undefined,
  )
}

/** The same request as a fetch `Request`. */
export function toFetchRequest(wire: GmsWireRequest, init: RequestInit = {}): Request {
  return new Request(wire.url, { ...init, method: wire.method, headers: wire.headers, body: wire.body })
}
