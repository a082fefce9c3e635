import type { DecodeIssue, TranscriptEvent } from '@chatwire/core'
import * as v from 'valibot'
import { type ClientTokenPayload, decodeClientToken } from '../wire/client-token.js'
import { parseJsonText } from '../wire/decode-issues.js'
import { fastDecodeEvents } from '../wire/fast-event-decoder.js'
import { decodeNexusEvent } from '../wire/nexus-event-codec.js'
import {
  MessagesEnvelopeSchema,
  MessagesReplySchema,
  SendReplySchema,
  StartReplySchema,
  UploadReplySchema,
  UserDataReplySchema,
  type WireStatus,
  WireStatusSchema,
} from '../wire/wire-schemas.js'
import { decodeFailure, envelopeFailure, type ReplyResult, readErrorReply, validate } from './reply-result.js'

/** The v3 session as getSessionData shows it: `{participantId, sessionId, token, transportId}` (§4, seed). */
export interface NexusSession extends ClientTokenPayload {
  readonly token: string
}

export interface NexusMessagesPage {
  readonly events: readonly TranscriptEvent[]
  /** The wire event objects as received, same order as `events`. */
  readonly originalMessages: readonly unknown[]
  readonly chatEnded: boolean
}

function isOk(status: number): boolean {
  return status >= 200 && status < 300
}

function readJson(status: number, text: string): ReplyResult<unknown> {
  if (!isOk(status)) return readErrorReply(status, text)
  const json = parseJsonText(text)
  if (!json.ok) return decodeFailure(json.issues)
  return envelopeFailure(status, statusOf(json.value)) ?? json
}

/** `status` of a 2xx body when it has a readable one, so a failure code wins over a missing `data` (§2). */
function statusOf(json: unknown): WireStatus | undefined {
  if (typeof json !== 'object' || json === null) return undefined
  const parsed = v.safeParse(WireStatusSchema, (json as { status?: unknown }).status)
  return parsed.success ? parsed.output : undefined
}

/** E1/E2 reply → the session decoded from `data.clientToken` (§3 E1, §4). A missing token fails start (§10). */
export function readStartReply(status: number, text: string): ReplyResult<NexusSession> {
  const json = readJson(status, text)
  if (!json.ok) return json
  const reply = validate(StartReplySchema, json.value)
  if (!reply.ok) return reply
  const failed = envelopeFailure(status, reply.value.status)
  if (failed) return failed
  const token = reply.value.data.clientToken
  const payload = decodeClientToken(token, 'data.clientToken')
  if (!payload.ok) return decodeFailure(payload.issues)
  return { ok: true, value: { ...payload.value, token } }
}

/**
 * E3 reply → normalised events + the wire objects + chatEnded (missing = false) (§3 E3, §6). The events
 * go through the one-pass fast path; when it refuses, the valibot schema names the offending path.
 */
export function readMessagesReply(status: number, text: string): ReplyResult<NexusMessagesPage> {
  const json = readJson(status, text)
  if (!json.ok) return json
  const envelope = validate(MessagesEnvelopeSchema, json.value)
  if (!envelope.ok) return envelope
  const failed = envelopeFailure(status, envelope.value.status)
  if (failed) return failed
  const raw = (json.value as { data: { messages: unknown[] } }).data.messages
  const chatEnded = envelope.value.data.chatEnded ?? false
  const fast = fastDecodeEvents(raw)
  if (fast !== undefined) return { ok: true, value: { events: fast, originalMessages: raw, chatEnded } }
  return slowDecodeEvents(json.value, raw, chatEnded)
}

/** The reference path: valibot over the whole reply, then `decodeNexusEvent` per event. */
export function slowDecodeEvents(
  json: unknown,
  raw: unknown[],
  chatEnded: boolean,
): ReplyResult<NexusMessagesPage> {
  const reply = validate(MessagesReplySchema, json)
  if (!reply.ok) return reply
  const wire = reply.value.data.messages
  const events: TranscriptEvent[] = []
  const issues: DecodeIssue[] = []
  for (let i = 0; i < wire.length; i++) {
    const decoded = decodeNexusEvent(wire[i] as (typeof wire)[number], `data.messages[${i}]`)
    if (decoded.ok) events.push(decoded.value)
    else issues.push(decoded.issue)
  }
  if (issues.length > 0) return decodeFailure(issues)
  return { ok: true, value: { events, originalMessages: raw, chatEnded } }
}

/** E4 reply → chatEnded (top-level, as the widget reads it; `data.chatEnded` also accepted) (§3 E4). */
export function readSendReply(status: number, text: string): ReplyResult<{ readonly chatEnded: boolean }> {
  if (isOk(status) && text.trim() === '') return { ok: true, value: { chatEnded: false } }
  const json = readJson(status, text)
  if (!json.ok) return json
  const reply = validate(SendReplySchema, json.value)
  if (!reply.ok) return reply
  const failed = envelopeFailure(status, reply.value.status)
  if (failed) return failed
  return { ok: true, value: { chatEnded: reply.value.chatEnded ?? reply.value.data?.chatEnded ?? false } }
}

/** E5 reply: nothing is required (§3 E5); `data.id`/`url`/`mime` are read when present ([PROP]). */
export function readUploadReply(
  status: number,
  text: string,
): ReplyResult<{ readonly mediaId?: string; readonly url?: string; readonly mime?: string }> {
  if (!isOk(status)) return readErrorReply(status, text)
  const json = parseJsonText(text)
  if (!json.ok) return { ok: true, value: {} }
  const reply = validate(UploadReplySchema, json.value)
  if (!reply.ok) return reply
  const failed = envelopeFailure(status, reply.value.status)
  if (failed) return failed
  const data = reply.value.data
  return {
    ok: true,
    value: {
      ...(data?.id !== undefined ? { mediaId: data.id } : {}),
      ...(data?.url !== undefined ? { url: data.url } : {}),
      ...(data?.mime !== undefined ? { mime: data.mime } : {}),
    },
  }
}

/** E7 reply ([PROP] §3 E7): the merged user data when the server returns it, as a prototype-free map. */
export function readUserDataReply(
  status: number,
  text: string,
): ReplyResult<{ readonly userData?: Readonly<Record<string, unknown>> }> {
  if (!isOk(status)) return readErrorReply(status, text)
  const json = parseJsonText(text)
  if (!json.ok) return { ok: true, value: {} }
  const reply = validate(UserDataReplySchema, json.value)
  if (!reply.ok) return reply
  const failed = envelopeFailure(status, reply.value.status)
  if (failed) return failed
  const userData = reply.value.data?.userData
  if (userData === undefined) return { ok: true, value: {} }
  return { ok: true, value: { userData: Object.assign(Object.create(null), userData) } }
}

/** E8 reply: the body is not read, only the status (§3 E8). */
export function readLeaveReply(status: number, text: string): ReplyResult<Record<string, never>> {
  return isOk(status) ? { ok: true, value: {} } : readErrorReply(status, text)
}
