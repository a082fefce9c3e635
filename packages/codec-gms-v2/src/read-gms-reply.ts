import type { TranscriptEvent } from '@chatwire/core'
import * as v from 'valibot'
import { type DecodeFailure, parseJson, toDecodeIssues } from './decode-issues.js'
import { fastWireReply } from './fast-wire-reply.js'
import { decodeGmsEvent } from './gms-event-codec.js'
import {
  type GmsWireError,
  GmsWireErrorSchema,
  GmsWireReplySchema,
  GmsWireStatusSchema,
} from './gms-wire-schema.js'

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

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** Reads any JSON reply of GMS Chat v2 (every operation but file download). Never throws. */
export function readGmsReply(status: number, text: string): GmsReplyResult {
  if (status < 200 || status > 299) return readHttpError(status, text)
  const json = parseJson(text)
  if (!json.ok) return json
  const fast = fastWireReply(json.value)
  const full = fast === undefined ? v.safeParse(GmsWireReplySchema, json.value) : undefined
  const output = fast ?? (full?.success ? full.output : undefined)
  if (output !== undefined) {
    const { messages, ...rest } = output
    const raw = (json.value as { messages?: unknown[] }).messages ?? []
    const reply: Mutable<GmsReply> = {
      ...rest,
      events: (messages ?? []).map(decodeGmsEvent),
      originalMessages: raw,
    }
    return { ok: true, reply }
  }
  // statusCode 1/2: "other fields must not be trusted" (gms-chat-v2.md §3), so only these are required to be valid
  const status1or2 = v.safeParse(GmsWireStatusSchema, json.value)
  if (status1or2.success && status1or2.output.statusCode !== 0) {
    return { ok: true, reply: { ...status1or2.output, events: [], originalMessages: [] } }
  }
  return { ok: false, kind: 'decode', issues: toDecodeIssues(full?.issues ?? []) }
}

const ErrorBodySchema = v.looseObject({
  statusCode: v.exactOptional(v.number()),
  chatEnded: v.exactOptional(v.boolean()),
  errors: v.exactOptional(v.array(GmsWireErrorSchema)),
})

function readHttpError(status: number, text: string): GmsHttpError {
  const json = parseJson(text)
  const body = json.ok ? v.safeParse(ErrorBodySchema, json.value) : undefined
  const error: Mutable<GmsHttpError> = { ok: false, kind: 'http', status, errors: [] }
  if (body?.success) {
    if (body.output.errors) error.errors = body.output.errors
    if (body.output.statusCode !== undefined) error.statusCode = body.output.statusCode
    if (body.output.chatEnded !== undefined) error.chatEnded = body.output.chatEnded
  }
  return error
}
