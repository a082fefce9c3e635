import type {
  Batch,
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
import {
  buildImageUploadRequest,
  buildLeaveRequest,
  buildMessagesRequest,
  buildSendRequest,
  buildStartRequest,
  buildUserDataRequest,
  type NexusClientContext,
  type NexusStartFields,
} from '../client/build-requests.js'
import {
  type NexusMessagesPage,
  type NexusSession,
  readLeaveReply,
  readMessagesReply,
  readReply,
  readSendReply,
  readStartReply,
} from '../client/read-replies.js'
import {
  NEXUS_DEFAULT_PAGE_SIZE,
  NEXUS_MIN_PAGE_SIZE,
  NEXUS_SYNC_RESTORE_COUNT,
} from '../protocol/nexus-operations.js'
import type { UploadReply, UserDataReply } from '../wire/wire-schemas.js'
import { UPLOAD_REPLY_SHAPE, USER_DATA_REPLY_SHAPE } from '../wire/wire-shapes.js'
import { callNexus } from './call-nexus.js'
import { localFailure } from './nexus-failures.js'
import { withSession } from './nexus-session.js'

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

/**
 * The v3 transport: ChatTransport with history and uploads. Attachments (§3 E6) are read with
 * `downloadAttachment`, a separate function: the core never downloads files from v3 (fileDownload: false).
 */
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
}

export function createNexusV3Transport(options: NexusV3TransportOptions): NexusV3Transport {
  const t = options.transport
  const ctx: NexusClientContext = { ...t, operationId: options.operationId }
  const pageSize = Math.max(NEXUS_MIN_PAGE_SIZE, t.maxMessagePageSize ?? NEXUS_DEFAULT_PAGE_SIZE)
  // E2 body: the start fields without form values (§3 E2); undefined ones are left out of the body
  const resumeFields: NexusStartFields = { endpoint: t.endpoint, stream: t.stream, clientType: t.clientType }

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
      return callNexus(options, buildStartRequest(ctx, fields), readStartReply, o, (s) => batch(s))
    },

    // the poll carries no client timeout (§2 "Timeouts", §5: long-polling is safe)
    poll: (session, cursor, o) =>
      withSession(session, (s) =>
        callNexus(
          options,
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
          const resumed = await callNexus(
            options,
            buildStartRequest(ctx, resumeFields, s.token),
            readStartReply,
            o,
            (r) => r,
          )
          if (!resumed.ok) return lostOn401(resumed)
          s = resumed.value
        }
        const count = t.async?.enabled ? pageSize : NEXUS_SYNC_RESTORE_COUNT
        const restored = await callNexus(
          options,
          buildMessagesRequest(ctx, s, { count }),
          readMessagesReply,
          o,
          (page) => batch(s, page),
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
            return callNexus(options, request, readSendReply, o, (sent) => batch(s, sent))
          }
          case 'userData':
            // §3 E7: the merged user data the reply may hold is not needed, only whether it is a success
            return callNexus(
              options,
              buildUserDataRequest(ctx, s, op.userData),
              (status, text) => readReply<UserDataReply>(status, text, USER_DATA_REPLY_SHAPE, true),
              o,
              () => batch(s),
            )
          case 'end': {
            return callNexus(options, buildLeaveRequest(ctx, s), readLeaveReply, o, () =>
              batch(s, { chatEnded: true }),
            )
          }
          default:
            return unsupported(op)
        }
      }),

    history: (session, before, o) =>
      withSession(session, (s) =>
        callNexus(
          options,
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
        // §3 E5: the fileId is `data.id` when the reply has one ([PROP])
        const read = (status: number, text: string) =>
          readReply<UploadReply | undefined>(status, text, UPLOAD_REPLY_SHAPE, true)
        return callNexus(options, request, read, o, (up) => ({ fileId: up?.data?.id ?? '', batch: batch(s) }))
      }),
  }
  return transport
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
