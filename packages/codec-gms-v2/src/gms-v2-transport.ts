import {
  ajaxResponse,
  type Batch,
  type CallOptions,
  type ChatTransport,
  callFetch,
  type FetchLike,
  type FetchReply,
  type FileLimits,
  type Operation,
  type SessionData,
  type StartInput,
  type TransportCapabilities,
  type TransportFailure,
  type TransportResult,
  type UploadedFile,
} from '@chatwire/core'
import { buildGmsRequest, type GmsTarget } from './build-gms-request.js'
import { toUserDataMap } from './form-codec.js'
import { GMS_APIKEY_HEADER, GMS_FILE_REFUSAL_CODES, GMS_SESSION_LOST_CODES } from './gms-protocol.js'
import type { GmsIdentity, GmsRequest, GmsSessionRequest } from './gms-request.js'
import { readFileLimitsReply, readFileUploadReply } from './read-file-replies.js'
import { type GmsReply, type GmsReplyResult, readGmsReply } from './read-gms-reply.js'

/** The seed's GMS configuration options (WebChatService configuration, "GMS" tab) plus an injected fetch. */
export interface GmsV2TransportOptions {
  /** The service URL, e.g. `https://host/genesys/2/chat/customer-support`. */
  readonly dataURL: string
  /** Apigee proxy token, sent as the `apikey` header (real-widget.md §2.1). */
  readonly apikey?: string
  /** Sent as the top-level `endpoint` field of request chat (real-widget.md §2.8). */
  readonly endpoint?: string
  /**
   * When true, the `Authorization` entry of `headers` is added to every request; the widget sends only that
   * key and drops the others (real-widget.md §2.1 "Custom auth", gms-chat-v2.md §1 [DOC-WCS]).
   */
  readonly enableCustomHeader?: boolean
  /** The custom header object (`_genesys.widgets.main.header`); only its `Authorization` key is sent. */
  readonly headers?: Readonly<Record<string, string>>
  /** Per-call timeout in ms when the call does not give one (default 3000, real-widget.md §2.8). */
  readonly ajaxTimeout?: number
  /** `{withCredentials:true}` sends cookies cross-origin (fetch `credentials: 'include'`). */
  readonly xhrFields?: { readonly withCredentials?: boolean }
  /** Request chat goes to `<dataURL>/` (default true) or `<dataURL>`. */
  readonly enableUrlTrailingSlash?: boolean
  /** Default: `globalThis.fetch`. */
  readonly fetch?: FetchLike
}

/**
 * What GMS Chat v2 can do. File operations exist on GMS (gms-chat-v2.md §2.11) although the seed calls
 * sendFile "not applicable when using Chat via GMS": we follow the wire reference and offer them.
 */
export const GMS_V2_CAPABILITIES: TransportCapabilities = Object.freeze({
  customNotice: true,
  updateUserDataInSession: true,
  polling: true,
  pollExceptionReset: true,
  fileUpload: true,
  fileDownload: true,
  fileLimits: true,
  history: false,
  async: false,
  offlineEvents: true,
  botEvents: true,
})

const str = (value: string | number | undefined): string => (value === undefined ? '' : String(value))

function identityOf(session: SessionData): { chatId: string; identity: GmsIdentity } {
  return {
    chatId: str(session.sessionID),
    identity: { alias: str(session.alias), secureKey: str(session.secureKey), userId: str(session.userId) },
  }
}

/** The session after a reply: GMS may rotate `alias`/`secureKey`, so the latest values win (gms-chat-v2.md §1). */
function nextSession(previous: SessionData, reply: GmsReply): SessionData {
  return {
    ...previous,
    secureKey: reply.secureKey ?? str(previous.secureKey),
    sessionID: reply.chatId ?? str(previous.sessionID),
    alias: reply.alias ?? str(previous.alias),
    userId: reply.userId ?? str(previous.userId),
  }
}

/** Cursor for the next refresh: `nextPosition`, else last index + 1, else the one asked for (gms-chat-v2.md §6). */
function nextCursor(reply: GmsReply, asked: number | undefined): number | undefined {
  if (reply.nextPosition !== undefined) return reply.nextPosition
  let last: number | undefined
  for (const e of reply.events)
    if (e.index !== undefined && (last === undefined || e.index > last)) last = e.index
  return last === undefined ? asked : last + 1
}

function toBatch(reply: GmsReply, session: SessionData, asked?: number): Batch {
  const cursor = nextCursor(reply, asked)
  return {
    events: reply.events,
    originalMessages: reply.originalMessages,
    session: nextSession(session, reply),
    chatEnded: reply.chatEnded ?? false,
    ...(cursor === undefined ? {} : { cursor }),
  }
}

/** A read result whose success carries the decoded reply (plain, upload or file-limits reply). */
type ReadResult = { readonly ok: true; readonly reply: GmsReply } | Exclude<GmsReplyResult, { ok: true }>

/** Maps a read result to the core's failure kinds; undefined when the reply is a success (statusCode 0). */
function failureOf(result: ReadResult, wire: FetchReply): TransportFailure | undefined {
  const response = wire.response
  if (!result.ok && result.kind === 'decode') {
    const where = result.issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ')
    return {
      ok: false,
      kind: 'decode',
      retryable: false,
      message: `bad reply: ${where}`,
      response,
      issues: result.issues,
    }
  }
  const http = !result.ok
  const statusCode = result.ok ? result.reply.statusCode : 0
  if (!http && statusCode === 0) return undefined
  const codes = (result.ok ? (result.reply.errors ?? []) : result.errors).map((e) => String(e.code))
  // chatEnded: true on a failed reply (statusCode 1/2 or an HTTP error body) = the session is over: stop
  // (gms-chat-v2.md §3 statusCode × chatEnded, §6.6 "stop when chatEnded == true (any response)")
  const ended = (result.ok ? result.reply.chatEnded : result.chatEnded) === true
  const lost = ended || codes.some((c) => GMS_SESSION_LOST_CODES.includes(Number(c)))
  const refusalCode = codes.find((c) => Object.hasOwn(GMS_FILE_REFUSAL_CODES, c))
  const fileRefusal = refusalCode === undefined ? undefined : GMS_FILE_REFUSAL_CODES[refusalCode]
  const listed = codes.length ? ` (errors ${codes.join(', ')})` : ''
  const status = wire.status
  return {
    ok: false,
    kind: lost ? 'session-lost' : fileRefusal ? 'rejected' : http ? 'http' : 'server',
    ...(fileRefusal && { fileRefusal }),
    // HTTP: 5xx, 408 and 429 may pass; statusCode 1 = retry may help, 2 = it will not (gms-chat-v2.md §3 [DOC-RESP])
    retryable: !lost && (http ? status >= 500 || status === 408 || status === 429 : statusCode === 1),
    message: http ? `HTTP ${status}${listed}` : `statusCode ${statusCode}${listed}`,
    response,
  }
}

/** Creates the GMS Chat API v2 (REST, polling) transport. */
export function createGmsV2Transport(options: GmsV2TransportOptions): ChatTransport {
  const fetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const headers: Record<string, string> = {}
  if (options.enableCustomHeader && options.headers) {
    const key = Object.keys(options.headers).find((k) => k.toLowerCase() === 'authorization')
    const value = key === undefined ? undefined : options.headers[key]
    if (typeof value === 'string') headers.Authorization = value
  }
  if (options.apikey) headers[GMS_APIKEY_HEADER] = options.apikey
  const target: GmsTarget = {
    dataURL: options.dataURL,
    headers,
    ...(options.enableUrlTrailingSlash === undefined
      ? {}
      : { trailingSlash: options.enableUrlTrailingSlash }),
  }
  const credentials: RequestInit = options.xhrFields?.withCredentials ? { credentials: 'include' } : {}

  const call = (request: GmsRequest, o: CallOptions = {}, binary = false) => {
    const wire = buildGmsRequest(target, request)
    const init: RequestInit = { ...credentials, method: wire.method, headers: wire.headers, body: wire.body }
    return callFetch(fetch, wire.url, init, {
      timeout: o.timeout ?? options.ajaxTimeout ?? 3000,
      signal: o.signal,
      binary,
    })
  }

  /** One call: send, read the reply with `read`, map a failure, or make the value of a success. */
  const exchangeWith = async <R extends ReadResult, T>(
    request: GmsRequest,
    o: CallOptions | undefined,
    read: (status: number, text: string) => R,
    value: (result: Extract<R, { ok: true }>) => T,
  ): Promise<TransportResult<T>> => {
    const wire = await call(request, o)
    if (!wire.ok) return wire
    const result = read(wire.status, wire.text)
    const failure = failureOf(result, wire)
    if (failure || !result.ok) return failure as TransportFailure
    return { ok: true, value: value(result as Extract<R, { ok: true }>), response: wire.response }
  }

  const exchange = (request: GmsRequest, session: SessionData, o: CallOptions | undefined, asked?: number) =>
    exchangeWith(request, o, readGmsReply, (result) => toBatch(result.reply, session, asked))

  const sessionCall = (
    session: SessionData,
    request: DistributiveOmit<GmsSessionRequest, 'chatId' | 'identity'>,
  ) => ({ ...request, ...identityOf(session) }) as GmsSessionRequest

  return {
    name: 'gms-v2',
    capabilities: GMS_V2_CAPABILITIES,

    async start(input: StartInput, o?: CallOptions) {
      const request: GmsRequest = {
        operation: 'requestChat',
        nickname: input.nickname ?? '',
        firstName: input.firstname ?? '',
        lastName: input.lastname ?? '',
        emailAddress: input.email ?? '',
        subject: input.subject ?? '',
        text: '',
        userData: toUserDataMap(input.userData),
        ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
      }
      const result = await exchange(request, {}, o, 1)
      if (!result.ok) return result
      const { sessionID, secureKey } = result.value.session
      if (!sessionID || !secureKey) {
        const message = 'request chat reply must identify the session'
        const issues = [{ path: sessionID ? 'secureKey' : 'chatId', message }]
        return { ok: false, kind: 'decode', retryable: false, message, response: result.response, issues }
      }
      return result
    },

    async send(session: SessionData, op: Operation, o?: CallOptions) {
      if (op.kind === 'readReceipt' && !isPosition(op.index)) {
        const message = `readReceipt index must be a GMS transcript index (a non-negative integer), got ${String(op.index)}`
        return { ok: false, kind: 'rejected', retryable: false, message, response: ajaxResponse(0, 'error') }
      }
      return exchange(sessionCall(session, operationRequest(op)), session, o)
    },

    poll(session: SessionData, cursor: string | number | undefined, o?: CallOptions) {
      // positions start at 1 (real-widget.md §2.2 refresh); a cursor that is not one reads from the start
      const at = cursor !== undefined && isPosition(cursor) && Number(cursor) >= 1 ? Number(cursor) : 1
      return exchange(
        sessionCall(session, { operation: 'refresh', transcriptPosition: at, message: '' }),
        session,
        o,
        at,
      )
    },

    restore(session: SessionData, o?: CallOptions) {
      return exchange(
        sessionCall(session, { operation: 'refresh', transcriptPosition: 1, message: '' }),
        session,
        o,
        1,
      )
    },

    uploadFile(session: SessionData, file: Blob & { readonly name?: string }, o?: CallOptions) {
      const request = sessionCall(session, {
        operation: 'fileUpload',
        file,
        fileName: file.name ?? 'file',
        userData: Object.create(null),
      })
      // file calls have no timeout (real-widget.md §2.1 "Timeout": fileUploadTimeout 0); the abort still applies
      return exchangeWith(
        request,
        { ...o, timeout: 0 },
        readFileUploadReply,
        (result): UploadedFile => ({ fileId: result.fileId, batch: toBatch(result.reply, session) }),
      )
    },

    async downloadFile(session: SessionData, fileId: string, o?: CallOptions) {
      const wire = await call(sessionCall(session, { operation: 'fileDownload', fileId }), o, true)
      if (!wire.ok) return wire
      if (wire.blob === undefined)
        return failureOf(readGmsReply(wire.status, wire.text), wire) as TransportFailure
      return { ok: true, value: wire.blob, response: wire.response }
    },

    fileLimits(session: SessionData, o?: CallOptions): Promise<TransportResult<FileLimits>> {
      return exchangeWith(
        sessionCall(session, { operation: 'fileLimits' }),
        o,
        readFileLimitsReply,
        (result) => result.limits,
      )
    },
  }
}

function isPosition(index: string | number): boolean {
  const n = typeof index === 'number' ? index : /^\d+$/.test(index) ? Number(index) : Number.NaN
  return Number.isSafeInteger(n) && n >= 0
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** Neutral operation → GMS request (gms-chat-v2.md §2.2–§2.10). */
function operationRequest(op: Operation): DistributiveOmit<GmsSessionRequest, 'chatId' | 'identity'> {
  switch (op.kind) {
    case 'message':
      return {
        operation: 'send',
        message: op.text,
        ...(op.messageType === undefined ? {} : { messageType: op.messageType }),
      }
    case 'typingStarted':
      return { operation: 'startTyping', ...(op.text === undefined ? {} : { message: op.text }) }
    case 'typingStopped':
      return { operation: 'stopTyping', ...(op.text === undefined ? {} : { message: op.text }) }
    case 'customNotice':
      return { operation: 'customNotice', message: op.text }
    case 'pushUrl':
      return { operation: 'pushUrl', pushUrl: op.url }
    case 'nickname':
      return { operation: 'updateNickname', nickname: op.nickname }
    case 'userData':
      return { operation: 'updateData', userData: toUserDataMap(op.userData) }
    case 'readReceipt':
      return { operation: 'readReceipt', transcriptPosition: Number(op.index) }
    case 'end':
      return { operation: 'disconnect' }
  }
}
