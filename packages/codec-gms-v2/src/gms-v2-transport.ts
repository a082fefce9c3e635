import {
  ajaxResponse,
  type CallOptions,
  type ChatTransport,
  callFetch,
  type FetchLike,
  type SessionData,
  type TransportCapabilities,
} from '@chatwire/core'
import { decodeFailure } from './decode-issues.js'
import { toUserDataMap } from './form-codec.js'
import { GMS_APIKEY_HEADER, GMS_FILE_ID_KEY } from './gms-protocol.js'
import { type GmsFieldValue, gmsWireRequest } from './gms-wire-request.js'
import { operationFields } from './operation-fields.js'
import { readFileLimits } from './read-file-limits.js'
import { replyBatch, sessionText } from './reply-batch.js'
import { replyResult } from './reply-result.js'

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

/** A GMS transcript position: a non-negative safe integer, or its decimal digits. */
const isPosition = (index: unknown): index is string | number =>
  /^\d+$/.test(String(index)) && Number.isSafeInteger(Number(index))

/** Creates the GMS Chat API v2 (REST, polling) transport. */
export function createGmsV2Transport(options: GmsV2TransportOptions): ChatTransport {
  const fetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const headers: Record<string, string> = {}
  if (options.enableCustomHeader) {
    // the first key that reads `authorization` in any case
    const custom: Readonly<Record<string, unknown>> = options.headers ?? {}
    const key = Object.keys(custom).find((k) => k.toLowerCase() === 'authorization')
    if (key !== undefined && typeof custom[key] === 'string') headers.Authorization = custom[key]
  }
  if (options.apikey) headers[GMS_APIKEY_HEADER] = options.apikey
  const target = { dataURL: options.dataURL, headers, trailingSlash: options.enableUrlTrailingSlash }
  const credentials: RequestInit = options.xhrFields?.withCredentials ? { credentials: 'include' } : {}

  /**
   * One POST: to `path` of the session's chat (GMS_OPERATION_PATHS; a test holds every call to
   * buildGmsRequest's wire form), or request chat when `path` is undefined (empty identity).
   * The identity triple goes first in every body (real-widget.md §2.1), then `fields` in wire order; a
   * `file` makes it the multipart upload.
   */
  const call = (
    session: SessionData,
    path: string | undefined,
    fields: Readonly<Record<string, GmsFieldValue>>,
    o: CallOptions = {},
    file?: Blob & { readonly name?: string },
    binary = false,
  ) => {
    const { url, ...init } = gmsWireRequest(
      target,
      path && `${encodeURIComponent(sessionText(session, 'sessionID'))}/${path}`,
      {
        alias: sessionText(session, 'alias'),
        secureKey: sessionText(session, 'secureKey'),
        userId: sessionText(session, 'userId'),
        ...fields,
      },
      file,
      file?.name ?? 'file',
    )
    const timeout = o.timeout ?? options.ajaxTimeout ?? 3000
    return callFetch(fetch, url, { ...credentials, ...init }, { timeout, signal: o.signal, binary })
  }

  /** A call whose reply is a batch of events; `asked` = the transcript position asked for. */
  const batch = async (called: ReturnType<typeof call>, session: SessionData, asked?: number) =>
    replyResult(await called, (reply) => replyBatch(reply, session, asked))

  const poll = (session: SessionData, cursor: string | number | undefined, o?: CallOptions) => {
    // positions start at 1 (real-widget.md §2.2 refresh); a cursor that is not one reads from the start
    const at = isPosition(cursor) && Number(cursor) >= 1 ? Number(cursor) : 1
    return batch(call(session, 'refresh', { transcriptPosition: at, message: '' }, o), session, at)
  }

  return {
    name: 'gms-v2',
    capabilities: GMS_V2_CAPABILITIES,

    async start(input, o) {
      // every name field is sent, "" when absent; `endpoint` last (real-widget.md §2.2, §2.8)
      const fields = {
        nickname: input.nickname ?? '',
        firstName: input.firstname ?? '',
        lastName: input.lastname ?? '',
        emailAddress: input.email ?? '',
        subject: input.subject ?? '',
        text: '',
        userData: toUserDataMap(input.userData),
        endpoint: options.endpoint,
      }
      // the reply must name the new chat and its secure key (non-empty)
      return replyResult(await call({}, undefined, fields, o), (reply) =>
        reply.chatId && reply.secureKey
          ? replyBatch(reply, {}, 1)
          : decodeFailure(
              reply.chatId ? 'secureKey' : 'chatId',
              'request chat reply must identify the session',
            ),
      )
    },

    async send(session, op, o) {
      if (op.kind === 'readReceipt' && !isPosition(op.index)) {
        const message = `readReceipt index must be a GMS transcript index (a non-negative integer), got ${String(op.index)}`
        return { ok: false, kind: 'rejected', retryable: false, message, response: ajaxResponse(0, 'error') }
      }
      const [path, fields] = operationFields(op)
      return batch(call(session, path, fields, o), session)
    },

    poll,

    // re-reads the whole transcript, from position 1
    restore: (session, o) => poll(session, 1, o),

    async uploadFile(session, file, o) {
      // file calls have no timeout (real-widget.md §2.1 "Timeout": fileUploadTimeout 0); the abort still applies
      const called = call(session, 'file', {}, { ...o, timeout: 0 }, file)
      return replyResult(await called, (reply) => {
        // the new file id: top-level `userData["file-id"]` (gms-chat-v2.md §2.11)
        const fileId = reply.userData?.[GMS_FILE_ID_KEY]
        return fileId === undefined
          ? decodeFailure(`userData["${GMS_FILE_ID_KEY}"]`, 'expected the new file id')
          : { fileId, batch: replyBatch(reply, session) }
      })
    },

    async downloadFile(session, fileId, o) {
      const path = `file/${encodeURIComponent(fileId)}/download`
      const wire = await call(session, path, {}, o, undefined, true)
      // callFetch reads the bytes of a 2xx reply only: any other reply is a JSON error body
      if (wire.ok && wire.blob) return { ok: true, value: wire.blob, response: wire.response }
      return replyResult<Blob>(wire, () => decodeFailure('', 'expected the file bytes'))
    },

    async fileLimits(session, o) {
      return replyResult(await call(session, 'file/limits', {}, o), (reply) => readFileLimits(reply.events))
    },
  }
}
