import type { DecodeIssue, TranscriptEvent } from '@chatwire/core'
import * as v from 'valibot'
import {
  decodeClientToken,
  decodeNexusEvent,
  ErrorReplySchema,
  MessagesReplySchema,
  NEXUS_FILE_REFUSALS,
  NEXUS_SESSION_LOST_CODE,
  NEXUS_SUCCESS_CODES,
  type NexusMessagesPage,
  type NexusSession,
  type ReplyFailure,
  type ReplyResult,
  SendReplySchema,
  StartReplySchema,
  UploadReplySchema,
  UserDataReplySchema,
  WireStatusSchema,
} from '../src/index.js'

/**
 * The reference readers: the v3 replies read with the valibot schemas of wire-schemas.ts, as the client
 * read them before its hand-written checker (shape-agreement.test.ts compares both on arbitrary bodies).
 * Decode failures carry every issue valibot reports.
 */

/** Formats a valibot issue path as `data.messages[3].from.type`. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = ''
  for (const item of issue.path ?? []) {
    const key = item.key
    if (item.type === 'array' && typeof key === 'number') path += `[${key}]`
    else path += path === '' ? String(key) : `.${String(key)}`
  }
  return path
}

function decodeFailure(issues: readonly DecodeIssue[]): ReplyFailure {
  return { ok: false, kind: 'decode', retryable: false, message: 'unexpected v3 reply', issues }
}

function validate<const S extends v.GenericSchema>(schema: S, json: unknown): ReplyResult<v.InferOutput<S>> {
  const parsed = v.safeParse(schema, json)
  if (parsed.success) return { ok: true, value: parsed.output }
  return decodeFailure(parsed.issues.map((issue) => ({ path: issuePath(issue), message: issue.message })))
}

function statusFailure(
  httpStatus: number,
  code: string | number | undefined,
  message: string | undefined,
): ReplyFailure {
  const text = message ?? (code !== undefined ? String(code) : `HTTP ${httpStatus}`)
  const withCode = code !== undefined ? { code } : {}
  if (httpStatus === 404 || code === NEXUS_SESSION_LOST_CODE) {
    return { ok: false, kind: 'session-lost', retryable: false, message: text, ...withCode }
  }
  if (typeof code === 'string' && Object.hasOwn(NEXUS_FILE_REFUSALS, code)) {
    const fileRefusal = NEXUS_FILE_REFUSALS[code]
    return {
      ok: false,
      kind: 'rejected',
      retryable: false,
      message: text,
      ...withCode,
      ...(fileRefusal && { fileRefusal }),
    }
  }
  if (httpStatus >= 200 && httpStatus < 300) {
    return { ok: false, kind: 'server', retryable: false, message: text, ...withCode }
  }
  const retryable = httpStatus >= 500 || httpStatus === 429 || httpStatus === 408
  return { ok: false, kind: 'http', retryable, message: text, ...withCode }
}

function readErrorReply(httpStatus: number, text: string): ReplyFailure {
  let json: unknown
  try {
    json = text === '' ? undefined : JSON.parse(text)
  } catch {
    json = undefined
  }
  const parsed = v.safeParse(ErrorReplySchema, json)
  if (!parsed.success) return statusFailure(httpStatus, undefined, undefined)
  return statusFailure(httpStatus, parsed.output.status.code, parsed.output.status.message)
}

function envelopeFailure(
  httpStatus: number,
  status: { readonly code?: string | number | undefined; readonly message?: string | undefined } | undefined,
): ReplyFailure | undefined {
  if (status === undefined || status.code === undefined || NEXUS_SUCCESS_CODES.has(status.code))
    return undefined
  return statusFailure(httpStatus, status.code, status.message)
}

const isOk = (status: number) => status >= 200 && status < 300

function parseJson(text: string): ReplyResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return decodeFailure([{ path: '', message: 'body is not JSON' }])
  }
}

function readJson(status: number, text: string): ReplyResult<unknown> {
  if (!isOk(status)) return readErrorReply(status, text)
  const json = parseJson(text)
  if (!json.ok) return json
  const value = json.value
  const parsed =
    typeof value === 'object' && value !== null
      ? v.safeParse(WireStatusSchema, (value as { status?: unknown }).status)
      : undefined
  return envelopeFailure(status, parsed?.success ? parsed.output : undefined) ?? json
}

export function readStartReply(status: number, text: string): ReplyResult<NexusSession> {
  const json = readJson(status, text)
  if (!json.ok) return json
  const reply = validate(StartReplySchema, json.value)
  if (!reply.ok) return reply
  const token = reply.value.data.clientToken
  const payload = decodeClientToken(token, 'data.clientToken')
  if (!payload.ok) return decodeFailure(payload.issues)
  return { ok: true, value: { ...payload.value, token } }
}

export function readMessagesReply(status: number, text: string): ReplyResult<NexusMessagesPage> {
  const json = readJson(status, text)
  if (!json.ok) return json
  return decodeMessages(json.value)
}

/** valibot over the whole reply, then `decodeNexusEvent` per event (every issue of every event). */
export function decodeMessages(json: unknown): ReplyResult<NexusMessagesPage> {
  const reply = validate(MessagesReplySchema, json)
  if (!reply.ok) return reply
  const raw = (json as { data: { messages: unknown[] } }).data.messages
  const wire = reply.value.data.messages
  const events: TranscriptEvent[] = []
  const issues: DecodeIssue[] = []
  wire.forEach((event, i) => {
    const decoded = decodeNexusEvent(event, `data.messages[${i}]`)
    if (decoded.ok) events.push(decoded.value)
    else issues.push(decoded.issue)
  })
  if (issues.length > 0) return decodeFailure(issues)
  return {
    ok: true,
    value: { events, originalMessages: raw, chatEnded: reply.value.data.chatEnded ?? false },
  }
}

export function readSendReply(status: number, text: string): ReplyResult<{ readonly chatEnded: boolean }> {
  if (isOk(status) && text.trim() === '') return { ok: true, value: { chatEnded: false } }
  const json = readJson(status, text)
  if (!json.ok) return json
  const reply = validate(SendReplySchema, json.value)
  if (!reply.ok) return reply
  return { ok: true, value: { chatEnded: reply.value.chatEnded ?? reply.value.data?.chatEnded ?? false } }
}

export function readUploadReply(
  status: number,
  text: string,
): ReplyResult<{ readonly mediaId?: string; readonly url?: string; readonly mime?: string }> {
  if (!isOk(status)) return readErrorReply(status, text)
  const json = parseJson(text)
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

export function readUserDataReply(
  status: number,
  text: string,
): ReplyResult<{ readonly userData?: Readonly<Record<string, unknown>> }> {
  if (!isOk(status)) return readErrorReply(status, text)
  const json = parseJson(text)
  if (!json.ok) return { ok: true, value: {} }
  const reply = validate(UserDataReplySchema, json.value)
  if (!reply.ok) return reply
  const failed = envelopeFailure(status, reply.value.status)
  if (failed) return failed
  const userData = reply.value.data?.userData
  if (userData === undefined) return { ok: true, value: {} }
  return { ok: true, value: { userData: Object.assign(Object.create(null), userData) } }
}

export function readLeaveReply(status: number, text: string): ReplyResult<Record<string, never>> {
  return isOk(status) ? { ok: true, value: {} } : readErrorReply(status, text)
}
