import { appendMap } from './form-codec.js'
import { GMS_FORM_CONTENT_TYPE } from './gms-protocol.js'
import { GMS_OPERATION_PATHS, type GmsOperation, type GmsRequest, type UserDataMap } from './gms-request.js'

/** Where and how requests go: the service URL (`…/genesys/2/chat/{serviceName}`) and extra headers. */
export interface GmsTarget {
  readonly dataURL: string
  /** Headers added to every request (`apikey`, the custom header object). */
  readonly headers?: Readonly<Record<string, string>>
  /** Request chat goes to `<dataURL>/` (true, the widget's default) or `<dataURL>` (real-widget.md §2.1). */
  readonly trailingSlash?: boolean
}

/** A wire request, ready for fetch: always POST (gms-chat-v2.md §1). */
export interface GmsWireRequest {
  readonly method: 'POST'
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  /** Form-urlencoded text, or FormData for the multipart upload. */
  readonly body: string | FormData
}

type Field = readonly [string, string]

/**
 * Body fields after the identity triple, in wire order, per operation. `userData` is sent as bracket keys
 * (`userData[k]=v`), `eventAttributes` as JSON text; absent fields are left out.
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
  // gms-chat-v2.md §2.11: multipart, built apart (file, then the identity parts, then userData)
  fileUpload: [],
  // gms-chat-v2.md §2.11: identity only
  fileDownload: [],
  // gms-chat-v2.md §2.11: identity only
  fileDelete: [],
}

/** Builds the wire request of any GMS Chat v2 operation. */
export function buildGmsRequest(target: GmsTarget, request: GmsRequest): GmsWireRequest {
  const base = target.dataURL.replace(/\/+$/, '')
  const headers: Record<string, string> = { ...target.headers }
  const fields: Field[] = []
  const add = (name: string, value: string | undefined) => {
    if (value !== undefined) fields.push([name, value])
  }
  const identity =
    request.operation === 'requestChat' ? { alias: '', secureKey: '', userId: '' } : request.identity
  // identity first in every body, request chat included (real-widget.md §2.1)
  add('alias', identity.alias)
  add('secureKey', identity.secureKey)
  add('userId', identity.userId)

  let url: string
  if (request.operation === 'requestChat') {
    url = target.trailingSlash === false ? base : `${base}/`
  } else {
    const path = GMS_OPERATION_PATHS[request.operation].replace(
      '{fileId}',
      'fileId' in request ? encodeURIComponent(request.fileId) : '',
    )
    url = `${base}/${encodeURIComponent(request.chatId)}/${path}`
  }

  if (request.operation === 'fileUpload') {
    const form = new FormData()
    form.append('file', request.file, request.fileName)
    for (const [name, value] of fields) form.append(name, value)
    appendMap((n, v) => form.append(n, v), 'userData', request.userData)
    return { method: 'POST', url, headers, body: form }
  }
  const values = request as unknown as Readonly<Record<string, unknown>>
  for (const name of BODY_FIELDS[request.operation]) {
    const value = values[name]
    if (value === undefined) continue
    if (name === 'userData') appendMap(add, name, value as UserDataMap)
    else add(name, name === 'eventAttributes' ? JSON.stringify(value) : String(value))
  }
  headers['content-type'] = GMS_FORM_CONTENT_TYPE
  return {
    method: 'POST',
    url,
    headers,
    body: new URLSearchParams(fields as Field[] as [string, string][]).toString(),
  }
}

/** The same request as a fetch `Request`. */
export function toFetchRequest(wire: GmsWireRequest, init: RequestInit = {}): Request {
  return new Request(wire.url, { ...init, method: wire.method, headers: wire.headers, body: wire.body })
}
