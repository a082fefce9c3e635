import { appendMap } from './form-codec.js'
import { GMS_FORM_CONTENT_TYPE } from './gms-protocol.js'
import { GMS_OPERATION_PATHS, type GmsRequest } from './gms-request.js'

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

/** Builds the wire request of any GMS Chat v2 operation. */
export function buildGmsRequest(target: GmsTarget, request: GmsRequest): GmsWireRequest {
  const base = target.dataURL.replace(/\/+$/, '')
  const headers: Record<string, string> = { ...target.headers }
  const fields: Field[] = []
  const add = (name: string, value: string | number | undefined) => {
    if (value !== undefined) fields.push([name, String(value)])
  }
  const addJson = (name: string, value: unknown) => {
    if (value !== undefined) fields.push([name, JSON.stringify(value)])
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

  switch (request.operation) {
    case 'requestChat':
      // gms-chat-v2.md §2.1; order and empty fields as real-widget.md §2.2
      add('nickname', request.nickname)
      add('firstName', request.firstName)
      add('lastName', request.lastName)
      add('emailAddress', request.emailAddress)
      add('subject', request.subject)
      add('text', request.text)
      appendMap((n, v) => add(n, v), 'userData', request.userData)
      add('endpoint', request.endpoint)
      break
    case 'send':
      add('message', request.message)
      add('messageType', request.messageType)
      add('transcriptPosition', request.transcriptPosition)
      addJson('eventAttributes', request.eventAttributes)
      break
    case 'startTyping':
    case 'stopTyping':
      add('transcriptPosition', request.transcriptPosition)
      add('message', request.message)
      break
    case 'refresh':
      add('transcriptPosition', request.transcriptPosition)
      add('message', request.message)
      break
    case 'pushUrl':
      add('pushUrl', request.pushUrl)
      break
    case 'updateNickname':
      add('nickname', request.nickname)
      break
    case 'customNotice':
      add('message', request.message)
      addJson('eventAttributes', request.eventAttributes)
      break
    case 'updateData':
      appendMap((n, v) => add(n, v), 'userData', request.userData)
      break
    case 'readReceipt':
      add('transcriptPosition', request.transcriptPosition)
      break
    case 'fileUpload': {
      // multipart: file, then the identity parts (gms-chat-v2.md §2.11; real-widget.md §2.2)
      const form = new FormData()
      form.append('file', request.file, request.fileName)
      for (const [name, value] of fields) form.append(name, value)
      appendMap((n, v) => form.append(n, v), 'userData', request.userData)
      return { method: 'POST', url, headers, body: form }
    }
    case 'disconnect':
    case 'fileLimits':
    case 'fileDownload':
    case 'fileDelete':
      break
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
