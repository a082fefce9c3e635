import type { TranscriptEvent } from './transcript-event.js'
import type { TransportCapabilities } from './transport-capabilities.js'
import type { TransportResult } from './transport-result.js'

/** Options every call takes: the core passes `ajaxTimeout` and an abort signal. */
export interface CallOptions {
  /** Milliseconds before the call fails with kind `timeout` (`ajaxTimeout`, default 3000). 0 = none. */
  readonly timeout?: number
  readonly signal?: AbortSignal
}

/** What startChat sends (seed option names; `userData` already merged with the configured defaults). */
export interface StartInput {
  readonly nickname?: string
  readonly firstname?: string
  readonly lastname?: string
  readonly email?: string
  readonly subject?: string
  readonly userData: Readonly<Record<string, unknown>>
}

/**
 * The session as the seed's getSessionData shows it: GMS v2 `{secureKey, sessionID, alias, userId}`,
 * v3 `{participantId, sessionId, token, transportId}`. A transport may add fields it needs (cursor state stays in the core).
 */
export type SessionData = Readonly<Record<string, string | number>>

/** A batch of transcript events from one reply, normalised, with the wire objects kept for `originalMessages`. */
export interface Batch {
  readonly events: readonly TranscriptEvent[]
  /** The wire event objects, in the same order as `events`. */
  readonly originalMessages: readonly unknown[]
  /** The session data after this reply (GMS rotates alias/secureKey; v3 may issue a new token). */
  readonly session: SessionData
  /** The server says the chat is over (GMS `chatEnded`, v3 session closed). */
  readonly chatEnded: boolean
  /** Where the next poll continues (GMS `nextPosition`; v3 last index). Opaque to the core. */
  readonly cursor?: string | number
}

/** Outgoing operations other than start/poll. */
export type Operation =
  | { readonly kind: 'message'; readonly text: string; readonly messageType?: string }
  | { readonly kind: 'typingStarted'; readonly text?: string }
  | { readonly kind: 'typingStopped'; readonly text?: string }
  | { readonly kind: 'customNotice'; readonly text: string }
  /** wake's notice: a custom notice with no text, `eventAttributes` `{purpose: 'cancel-idle-timer'}` (real-widget.md §2.2). */
  | { readonly kind: 'cancelIdleTimer' }
  | { readonly kind: 'pushUrl'; readonly url: string }
  | { readonly kind: 'nickname'; readonly nickname: string }
  | { readonly kind: 'userData'; readonly userData: Readonly<Record<string, unknown>> }
  | { readonly kind: 'readReceipt'; readonly index: string | number }
  | { readonly kind: 'end' }

/** File limits as the GMS file-client-cfg-get notice states them (numbers parsed). */
export interface FileLimits {
  readonly downloadAttempts: number
  readonly usedDownloadAttempts: number
  readonly uploadMaxFiles: number
  readonly usedUploadMaxFiles: number
  readonly uploadMaxFileSize: number
  readonly uploadMaxTotalSize: number
  readonly usedUploadMaxTotalSize: number
  readonly uploadNeedAgent: boolean
  readonly uploadFileTypes: readonly string[]
  readonly deleteFile: string
}

export interface UploadedFile {
  readonly fileId: string
  readonly batch: Batch
}

/**
 * The seam between the core and a wire protocol. Every method returns a value: expected failures
 * (network, timeout, HTTP error, server error, bad reply) are `TransportFailure`s, never throws.
 * Optional methods exist exactly when the matching capability is true.
 */
export interface ChatTransport {
  /** 'gms-v2', 'nexus-v3', or a third party's name. */
  readonly name: string
  readonly capabilities: TransportCapabilities
  /** Create a session; the batch holds the first events (e.g. the client's ParticipantJoined). */
  start(input: StartInput, o?: CallOptions): Promise<TransportResult<Batch>>
  /** Send one operation; the reply may carry new events. `end` ends the session. */
  send(session: SessionData, op: Operation, o?: CallOptions): Promise<TransportResult<Batch>>
  /** Read events after `cursor` (undefined = from the start of the transcript). */
  poll(
    session: SessionData,
    cursor: string | number | undefined,
    o?: CallOptions,
  ): Promise<TransportResult<Batch>>
  /** Re-attach to an existing session (page refresh, async restore); verifies it still exists. */
  restore(session: SessionData, o?: CallOptions): Promise<TransportResult<Batch>>
  /** Older events before `before` (the oldest index the client holds), for fetchHistory. */
  history?(
    session: SessionData,
    before: string | number | undefined,
    o?: CallOptions,
  ): Promise<TransportResult<Batch & { readonly hasMore: boolean }>>
  uploadFile?(
    session: SessionData,
    file: Blob & { readonly name?: string },
    o?: CallOptions,
  ): Promise<TransportResult<UploadedFile>>
  downloadFile?(session: SessionData, fileId: string, o?: CallOptions): Promise<TransportResult<Blob>>
  fileLimits?(session: SessionData, o?: CallOptions): Promise<TransportResult<FileLimits>>
}

/** The fetch-shaped function transports call: the global `fetch`, an msw-patched one, or a handler. */
export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>
