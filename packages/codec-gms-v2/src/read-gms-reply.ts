import type { TranscriptEvent } from '@chatwire/core'
import { checkErrorBody, checkWireReply, checkWireStatus } from './check-wire-reply.js'
import { type DecodeFailure, decodeFailure, joinPath } from './decode-issues.js'
import type { GmsWireError } from './gms-wire-schema.js'
import { ShapeIssue } from './shape-check.js'

/** A decoded GMS reply: the wire fields plus the events normalised and the wire objects kept. */
export interface GmsReply {
  readonly statusCode: 0 | 1 | 2
  readonly chatEnded?: boolean
  readonly chatId?: string
  readonly alias?: string
  readonly secureKey?: string
  readonly userId?: string
  readonly nextPosition?: number
  readonly userData?: Readonly<Record<string, string>>
  readonly errors?: readonly GmsWireError[]
  readonly idleTimerExpire?: number
  /** `messages` normalised. */
  readonly events: readonly TranscriptEvent[]
  /** `messages` exactly as parsed from the body, same order as `events` (for `originalMessages`). */
  readonly originalMessages: readonly unknown[]
}

/** A non-2xx reply: the HTTP status plus what the error body said, when it had the error shape. */
export interface GmsHttpError {
  readonly ok: false
  readonly kind: 'http'
  readonly status: number
  readonly errors: readonly GmsWireError[]
  readonly statusCode?: number
  readonly chatEnded?: boolean
}

export type GmsReplyResult = { readonly ok: true; readonly reply: GmsReply } | DecodeFailure | GmsHttpError

/** Reads any JSON reply of GMS Chat v2 (every operation but file download). Never throws. */
export function readGmsReply(status: number, text: string): GmsReplyResult {
  const success = status >= 200 && status <= 299
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    // a 2xx body that is not JSON (truncated, an HTML page…) is a decode failure at the root
    if (success) return decodeFailure('', `invalid JSON: ${(error as Error).message}`)
  }
  if (!success) {
    // the error body `{statusCode, chatEnded, errors:[{code, advice}]}` (real-widget.md §2.3), when it has that shape
    const body = checkErrorBody(json)
    return { ok: false, kind: 'http', status, errors: [], ...(!(body instanceof ShapeIssue) && body) }
  }
  const full = checkWireReply(json)
  if (!(full instanceof ShapeIssue)) {
    const { messages: events = [], ...fields } = full
    const originalMessages = (json as { messages?: unknown[] }).messages ?? []
    return { ok: true, reply: { ...fields, events, originalMessages } }
  }
  // statusCode 1/2: "other fields must not be trusted" (gms-chat-v2.md §3), so only these are required to be valid
  const status1or2 = checkWireStatus(json)
  if (!(status1or2 instanceof ShapeIssue) && status1or2.statusCode !== 0) {
    return { ok: true, reply: { ...status1or2, events: [], originalMessages: [] } }
  }
  return decodeFailure(joinPath(full.path), full.message)
}
