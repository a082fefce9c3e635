import {
  ajaxResponse,
  type Batch,
  type CallOptions,
  type ChatTransport,
  type FetchLike,
  type Operation,
  type SessionData,
  type StartInput,
  type TransportCapabilities,
  type TransportFailure,
  type TransportResult,
  type UploadedFile,
} from '@chatwire/core'
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
import { callNexus, withResponse } from './call-nexus.js'
import { readSessionData, toSessionData } from './nexus-session.js'

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
  const ctx: NexusClientContext = {
    dataURL: t.dataURL,
    ...(t.headers !== undefined ? { headers: t.headers } : {}),
    ...(options.operationId !== undefined ? { operationId: options.operationId } : {}),
  }
  const pageSize = Math.max(NEXUS_MIN_PAGE_SIZE, t.maxMessagePageSize ?? NEXUS_DEFAULT_PAGE_SIZE)
  const defaultTimeout = options.ajaxTimeout ?? NEXUS_DEFAULT_AJAX_TIMEOUT

  async function call<T>(
    request: NexusHttpRequest,
    read: (status: number, text: string) => ReplyResult<T>,
    o: CallOptions | undefined,
    timeout: number | undefined = o?.timeout ?? defaultTimeout,
  ): Promise<TransportResult<T>> {
    const reply = await callNexus(fetchFn, request, { timeout, signal: o?.signal })
    if (!reply.ok) return reply
    const result = read(reply.status, reply.text)
    return result.ok
      ? { ok: true, value: result.value, response: reply.response }
      : withResponse(result, reply.response)
  }

  function batch(session: NexusSession, page?: NexusMessagesPage, cursor?: string | number): Batch {
    const last = page?.events.at(-1)?.wireIndex ?? cursor
    return {
      events: page?.events ?? [],
      originalMessages: page?.originalMessages ?? [],
      session: toSessionData(session),
      chatEnded: page?.chatEnded ?? false,
      ...(last !== undefined ? { cursor: last } : {}),
    }
  }

  /** E3 page → a Batch; the poll carries no client timeout (§2 "Timeouts", §5: long-polling is safe). */
  async function page(
    s: NexusSession,
    query: { index?: string | number; count?: number },
    o: CallOptions | undefined,
    timeout?: number,
  ): Promise<TransportResult<NexusMessagesPage>> {
    return call(buildMessagesRequest(ctx, s.sessionId, s.token, query), readMessagesReply, o, timeout)
  }

  const transport: NexusV3Transport = {
    name: 'nexus-v3',
    capabilities: NEXUS_V3_CAPABILITIES,

    async start(input: StartInput, o?: CallOptions) {
      // buildStartRequest leaves undefined fields out of the body
      const fields: NexusStartFields = {
        firstName: input.firstname,
        lastName: input.lastname,
        nickname: input.nickname ?? input.firstname,
        ...resumeFields(t),
        userData: input.userData,
        email: input.email,
        subject: input.subject,
      }
      const started = await call(buildStartRequest(ctx, fields), readStartReply, o)
      return started.ok ? { ...started, value: batch(started.value) } : started
    },

    async poll(session, cursor, o) {
      const s = readSessionData(session)
      if (!('token' in s)) return s
      const got = await page(s, cursor !== undefined ? { index: cursor } : {}, o, 0)
      return got.ok ? { ...got, value: batch(s, got.value, cursor) } : got
    },

    async restore(session, o) {
      let s = readSessionData(session)
      if (!('token' in s)) return s
      if (typeof session.sessionId !== 'string' || session.sessionId === '') {
        // §3 E2: only a stored token — resume (POST B with x-nexus-client-key), then read the newest page
        const resumed = await call(buildStartRequest(ctx, resumeFields(t), s.token), readStartReply, o)
        if (!resumed.ok) return lostOn401(resumed)
        s = resumed.value
      }
      const count = t.async?.enabled ? pageSize : NEXUS_SYNC_RESTORE_COUNT
      const got = await page(s, { count }, o)
      return got.ok ? { ...got, value: batch(s, got.value) } : lostOn401(got)
    },

    async send(session, op, o) {
      const s = readSessionData(session)
      if (!('token' in s)) return s
      const wire = sendRequest(ctx, s, op)
      if (wire === undefined) return unsupported(op)
      if (op.kind === 'userData') {
        const done = await call(wire, readUserDataReply, o)
        return done.ok ? { ...done, value: batch(s) } : done
      }
      if (op.kind === 'end') {
        const done = await call(wire, readLeaveReply, o)
        return done.ok ? { ...done, value: { ...batch(s), chatEnded: true } } : done
      }
      const sent = await call(wire, readSendReply, o)
      return sent.ok ? { ...sent, value: { ...batch(s), chatEnded: sent.value.chatEnded } } : sent
    },

    async history(session, before, o) {
      const s = readSessionData(session)
      if (!('token' in s)) return s
      const got = await page(
        s,
        before !== undefined ? { index: before, count: pageSize } : { count: pageSize },
        o,
      )
      if (!got.ok) return got
      // §9: a page of exactly [the anchor] (or nothing) means all history has been received
      const raw = got.value.events
      const done = raw.length === 0 || (raw.length === 1 && String(raw[0]?.wireIndex) === String(before))
      const anchor = raw[0]?.wireIndex
      return {
        ...got,
        value: {
          ...batch(s, got.value),
          ...(anchor !== undefined ? { cursor: anchor } : {}),
          hasMore: !done,
        },
      }
    },

    async uploadFile(session, file, o) {
      const s = readSessionData(session)
      if (!('token' in s)) return s
      const request = buildImageUploadRequest(ctx, s.sessionId, s.token, file, file.name ?? 'image')
      const done = await call(request, readUploadReply, o)
      return done.ok ? { ...done, value: { fileId: done.value.mediaId ?? '', batch: batch(s) } } : done
    },

    async downloadAttachment(session, url, o) {
      const s = readSessionData(session)
      if (!('token' in s)) return s
      const request = buildAttachmentRequest(ctx, s.token, url)
      const reply = await callNexus(fetchFn, request, {
        timeout: o?.timeout ?? defaultTimeout,
        signal: o?.signal,
        binary: true,
      })
      if (!reply.ok) return reply
      if (reply.blob !== undefined) return { ok: true, value: reply.blob, response: reply.response }
      const failed = readLeaveReply(reply.status, reply.text)
      return failed.ok
        ? { ok: true, value: new Blob([]), response: reply.response }
        : withResponse(failed, reply.response)
    },
  }
  return transport
}

/** A message's `data[type]`: `Text` for none or 'text' in any case, else the integrator's type (real-widget.md §2.6). */
function v3MessageType(messageType: string | undefined): string {
  return messageType === undefined || messageType === '' || messageType.toLowerCase() === 'text'
    ? 'Text'
    : messageType
}

/** HTTP 401 while restoring = the stored session is lost (pureengage-v3.md §7.5, §10). */
function lostOn401(failure: TransportFailure): TransportFailure {
  if (failure.response.status !== 401 || failure.kind === 'session-lost') return failure
  return { ...failure, kind: 'session-lost', retryable: false }
}

/** E2 body: the start fields without form values (§3 E2); undefined ones are left out of the body. */
function resumeFields(t: NexusV3TransportOptions['transport']): NexusStartFields {
  return { endpoint: t.endpoint, stream: t.stream, clientType: t.clientType }
}

/** Operation → its wire request; `undefined` for operations v3 does not have (§11). */
function sendRequest(ctx: NexusClientContext, s: NexusSession, op: Operation): NexusHttpRequest | undefined {
  switch (op.kind) {
    case 'message':
      return buildSendRequest(ctx, s.sessionId, s.token, {
        type: v3MessageType(op.messageType),
        text: op.text,
      })
    case 'typingStarted':
      return buildSendRequest(ctx, s.sessionId, s.token, { type: 'TypingStarted', text: op.text ?? '' })
    case 'typingStopped':
      return buildSendRequest(ctx, s.sessionId, s.token, { type: 'TypingStopped', text: op.text ?? '' })
    case 'userData':
      return buildUserDataRequest(ctx, s.sessionId, s.token, op.userData)
    case 'end':
      return buildLeaveRequest(ctx, s.sessionId, s.token, s.participantId)
    default:
      return undefined
  }
}

function unsupported(op: Operation): TransportResult<never> {
  return {
    ok: false,
    kind: 'rejected',
    retryable: false,
    message: `the nexus-v3 transport has no '${op.kind}' operation`,
    response: ajaxResponse(0, 'error', ''),
  }
}
