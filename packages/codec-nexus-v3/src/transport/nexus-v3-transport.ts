import type {
  Batch,
  CallFetchOptions,
  CallOptions,
  ChatTransport,
  FetchLike,
  Operation,
  SessionData,
  TransportCapabilities,
  TransportFailure,
  TransportResult,
  UploadedFile,
} from '@chatwire/core'
import { callFetch } from '@chatwire/core'
import {
  buildAttachmentRequest,
  buildImageUploadRequest,
  buildLeaveRequest,
  buildMessagesRequest,
  buildSendRequest,
  buildStartRequest,
  buildUserDataRequest,
  type NexusClientContext,
  type NexusHttpRequest,
  type NexusStartFields,
} from '../client/build-requests.js'
import {
  type NexusMessagesPage,
  type NexusSession,
  readAttachmentReply,
  readLeaveReply,
  readMessagesReply,
  readSendReply,
  readStartReply,
  readUploadReply,
  readUserDataReply,
} from '../client/read-replies.js'
import type { ReplyResult } from '../client/reply-result.js'
import {
  NEXUS_DEFAULT_AJAX_TIMEOUT,
  NEXUS_DEFAULT_PAGE_SIZE,
  NEXUS_MIN_PAGE_SIZE,
  NEXUS_SYNC_RESTORE_COUNT,
} from '../protocol/nexus-operations.js'
import { localFailure, withResponse } from './nexus-failures.js'
import { readSessionData } from './nexus-session.js'

/** The seed's v3 configuration (`webchat.transport.*`, `webchat.ajaxTimeout`) plus the fetch to use. */
export interface NexusV3TransportOptions {
  readonly transport: {
    /** `…/nexus/v3/chat/sessions` (seed transport.dataURL). */
    readonly dataURL: string
    /** Routing endpoint sent as data[endpoint] (seed transport.endpoint). */
    readonly endpoint?: string
    /** Sent on every call, e.g. `{'x-api-key': '…'}` (seed transport.headers). */
    readonly headers?: Readonly<Record<string, string>>
    /** Async mode (seed transport.async.enabled): restore reads the newest page instead of the whole transcript. */
    readonly async?: { readonly enabled?: boolean }
    readonly stream?: string
    readonly clientType?: string
    /** Restore/history page size: default 20, floor 16 (pureengage-v3.md §1). */
    readonly maxMessagePageSize?: number
  }
  /** Default timeout of every call but the poll, when CallOptions.timeout is not given (default 9000). */
  readonly ajaxTimeout?: number
  readonly fetch?: FetchLike
  /** operationId maker (default: widget-shaped random ids). */
  readonly operationId?: () => string
}

/** v3 capabilities (pureengage-v3.md §11). */
export const NEXUS_V3_CAPABILITIES: TransportCapabilities = {
  customNotice: false, // §11: sendCustomNotice rejected by the transport
  updateUserDataInSession: true, // §3 E7 PUT userdata
  polling: true, // §5
  pollExceptionReset: false, // §11: resetPollExceptions rejected
  fileUpload: true, // §3 E5, images only
  fileDownload: false, // §11: downloadFile rejected ("doesn't support file download")
  fileLimits: false, // §11: getFileLimits rejected
  history: true, // §9 fetchHistory (the core allows it in async mode only)
  async: true, // §7
  offlineEvents: false, // seed: v2 only
  botEvents: false, // §11: no bot events in the transport itself
}

/** The v3 transport: ChatTransport plus attachment download (§3 E6) for rendering images. */
export interface NexusV3Transport extends ChatTransport {
  history(
    session: SessionData,
    before: string | number | undefined,
    o?: CallOptions,
  ): Promise<TransportResult<Batch & { readonly hasMore: boolean }>>
  uploadFile(
    session: SessionData,
    file: Blob & { readonly name?: string },
    o?: CallOptions,
  ): Promise<TransportResult<UploadedFile>>
  /** GET an attachment `content[i].url` with the auth headers (§3 E6); not the seed's downloadFile. */
  downloadAttachment(session: SessionData, url: string, o?: CallOptions): Promise<TransportResult<Blob>>
}

export function createNexusV3Transport(options: NexusV3TransportOptions): NexusV3Transport {
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const t = options.transport
  const ctx: NexusClientContext = { ...t, operationId: options.operationId }
  const pageSize = Math.max(NEXUS_MIN_PAGE_SIZE, t.maxMessagePageSize ?? NEXUS_DEFAULT_PAGE_SIZE)
  // E2 body: the start fields without form values (§3 E2); undefined ones are left out of the body
  const resumeFields: NexusStartFields = { endpoint: t.endpoint, stream: t.stream, clientType: t.clientType }

  /**
   * One wire call, its reply read by `read` and the value turned into the result by `then`. `fetchOptions`
   * overrides the per-call options: the timeout (default CallOptions.timeout, then ajaxTimeout) or `binary`.
   */
  async function call<T, R>(
    request: NexusHttpRequest,
    read: (status: number, text: string, blob?: Blob) => ReplyResult<T>,
    o: CallOptions | undefined,
    then: (value: T) => R,
    fetchOptions?: CallFetchOptions,
  ): Promise<TransportResult<R>> {
    // the request is its own RequestInit: method, headers and body (fetch ignores `operation` and `url`)
    const reply = await callFetch(fetchFn, request.url, request, {
      timeout: o?.timeout ?? options.ajaxTimeout ?? NEXUS_DEFAULT_AJAX_TIMEOUT,
      signal: o?.signal,
      ...fetchOptions,
    })
    if (!reply.ok) return reply
    const result = read(reply.status, reply.text, reply.blob)
    return result.ok
      ? { ok: true, value: then(result.value), response: reply.response }
      : withResponse(result, reply.response)
  }

  const transport: NexusV3Transport = {
    name: 'nexus-v3',
    capabilities: NEXUS_V3_CAPABILITIES,

    start(input, o) {
      // buildStartRequest leaves undefined fields out of the body
      const fields: NexusStartFields = {
        firstName: input.firstname,
        lastName: input.lastname,
        nickname: input.nickname ?? input.firstname,
        ...resumeFields,
        userData: input.userData,
        email: input.email,
        subject: input.subject,
      }
      return call(buildStartRequest(ctx, fields), readStartReply, o, (s) => batch(s))
    },

    // the poll carries no client timeout (§2 "Timeouts", §5: long-polling is safe)
    poll: (session, cursor, o) =>
      withSession(session, (s) =>
        call(
          buildMessagesRequest(ctx, s, { index: cursor }),
          readMessagesReply,
          o,
          (page) => batch(s, page, page.events.at(-1)?.wireIndex ?? cursor),
          { timeout: 0 },
        ),
      ),

    restore: (session, o) =>
      withSession(session, async (stored) => {
        let s = stored
        if (typeof session.sessionId !== 'string' || session.sessionId === '') {
          // §3 E2: only a stored token — resume (POST B with x-nexus-client-key), then read the newest page
          const resumed = await call(
            buildStartRequest(ctx, resumeFields, s.token),
            readStartReply,
            o,
            (r) => r,
          )
          if (!resumed.ok) return lostOn401(resumed)
          s = resumed.value
        }
        const count = t.async?.enabled ? pageSize : NEXUS_SYNC_RESTORE_COUNT
        const restored = await call(buildMessagesRequest(ctx, s, { count }), readMessagesReply, o, (page) =>
          batch(s, page),
        )
        return restored.ok ? restored : lostOn401(restored)
      }),

    send: (session, op, o) =>
      withSession(session, (s) => {
        switch (op.kind) {
          case 'message':
          case 'typingStarted':
          case 'typingStopped': {
            // §3 E4: a typing notification is a send of data[type] TypingStarted / TypingStopped
            const type =
              op.kind === 'message'
                ? v3MessageType(op.messageType)
                : op.kind === 'typingStarted'
                  ? 'TypingStarted'
                  : 'TypingStopped'
            const request = buildSendRequest(ctx, s, { type, text: op.text ?? '' })
            return call(request, readSendReply, o, (sent) => batch(s, sent))
          }
          case 'userData':
            return call(buildUserDataRequest(ctx, s, op.userData), readUserDataReply, o, () => batch(s))
          case 'end': {
            return call(buildLeaveRequest(ctx, s), readLeaveReply, o, () => batch(s, { chatEnded: true }))
          }
          default:
            return unsupported(op)
        }
      }),

    history: (session, before, o) =>
      withSession(session, (s) =>
        call(
          buildMessagesRequest(ctx, s, { index: before, count: pageSize }),
          readMessagesReply,
          o,
          (page) => {
            // §9: a page of exactly [the anchor] (or nothing) means all history has been received
            const { events } = page
            const done =
              events.length === 0 || (events.length === 1 && String(events[0]?.wireIndex) === String(before))
            return { ...batch(s, page, events[0]?.wireIndex), hasMore: !done }
          },
        ),
      ),

    uploadFile: (session, file, o) =>
      withSession(session, (s) => {
        const request = buildImageUploadRequest(ctx, s, file, file.name ?? 'image')
        return call(request, readUploadReply, o, (up) => ({ fileId: up.mediaId ?? '', batch: batch(s) }))
      }),

    downloadAttachment: (session, url, o) =>
      withSession(session, (s) =>
        call(buildAttachmentRequest(ctx, s, url), readAttachmentReply, o, (blob) => blob, {
          binary: true,
        }),
      ),
  }
  return transport
}

/** Runs `run` with the v3 session read from the core's SessionData, or fails as readSessionData says. */
async function withSession<R>(
  session: SessionData,
  run: (s: NexusSession) => Promise<TransportResult<R>> | TransportResult<R>,
): Promise<TransportResult<R>> {
  const s = readSessionData(session)
  return 'ok' in s ? s : run(s)
}

/**
 * The Batch of a reply of session `s`: the page's events (none for replies without events), and the cursor
 * where the next read continues (by default the raw index of the last event).
 */
function batch(
  s: NexusSession,
  page: Partial<NexusMessagesPage> = {},
  cursor = page.events?.at(-1)?.wireIndex,
): Batch {
  return {
    events: page.events ?? [],
    originalMessages: page.originalMessages ?? [],
    session: s,
    chatEnded: page.chatEnded ?? false,
    ...(cursor !== undefined && { cursor }),
  }
}

/** A message's `data[type]`: `Text` for none or 'text' in any case, else the integrator's type (real-widget.md §2.6). */
function v3MessageType(messageType: string | undefined): string {
  return !messageType || messageType.toLowerCase() === 'text' ? 'Text' : messageType
}

/** HTTP 401 while restoring = the stored session is lost (pureengage-v3.md §7.5, §10). */
function lostOn401(failure: TransportFailure): TransportFailure {
  return failure.response.status === 401 ? { ...failure, kind: 'session-lost', retryable: false } : failure
}

function unsupported(op: Operation): TransportFailure {
  return localFailure('rejected', `the nexus-v3 transport has no '${op.kind}' operation`)
}
