import { GMS_OPERATION_PATHS, type GmsOperation, type GmsRequest } from './gms-request.js'
import {
  type GmsFieldValue,
  type GmsTarget,
  type GmsWireRequest,
  gmsWireRequest,
} from './gms-wire-request.js'

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
