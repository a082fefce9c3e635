import type { DecodeIssue, TransportFailureKind } from '@chatwire/core'
import * as v from 'valibot'
import {
  NEXUS_FILE_REFUSALS,
  NEXUS_REJECTION_CODES,
  NEXUS_SESSION_LOST_CODE,
  NEXUS_SUCCESS_CODES,
} from '../protocol/nexus-error-codes.js'
import { toDecodeIssues } from '../wire/decode-issues.js'
import { ErrorReplySchema } from '../wire/wire-schemas.js'

/** A reply that did not succeed: the failure kind for the core, and the v3 `status.code` when there was one. */
export interface ReplyFailure {
  readonly ok: false
  readonly kind: TransportFailureKind
  readonly retryable: boolean
  readonly message: string
  /** `status.code` of the body (§10), e.g. 'INVALID_SESSION'. */
  readonly code?: string | number
  readonly issues?: readonly DecodeIssue[]
  /** Which documented upload refusal the code is (INVALID_FILE_TYPE, LIMIT_FILE_SIZE, LIMIT_FILE_COUNT). */
  readonly fileRefusal?: 'invalid-type' | 'upload-limit' | 'size-limit'
}

export type ReplyResult<T> = { readonly ok: true; readonly value: T } | ReplyFailure

export function decodeFailure(issues: readonly DecodeIssue[]): ReplyFailure {
  const first = issues[0]
  const where =
    first === undefined ? '' : ` at ${first.path === '' ? '(root)' : first.path}: ${first.message}`
  return { ok: false, kind: 'decode', retryable: false, message: `unexpected v3 reply${where}`, issues }
}

/**
 * The failure a v3 status code means (§10): INVALID_SESSION (or HTTP 404) = session lost, upload
 * refusals = rejected, other codes on a 2xx = server, on an error status = http (5xx/429 retryable).
 */
export function statusFailure(
  httpStatus: number,
  code: string | number | undefined,
  message: string | undefined,
): ReplyFailure {
  const text = message ?? (code !== undefined ? String(code) : `HTTP ${httpStatus}`)
  const withCode = code !== undefined ? { code } : {}
  if (httpStatus === 404 || code === NEXUS_SESSION_LOST_CODE) {
    return { ok: false, kind: 'session-lost', retryable: false, message: text, ...withCode }
  }
  if (typeof code === 'string' && NEXUS_REJECTION_CODES.has(code)) {
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

/** Reads a non-2xx reply: `{status:{code,message}}` when the body has it (§2 "Error envelope"). */
export function readErrorReply(httpStatus: number, text: string): ReplyFailure {
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

/** A 2xx envelope whose `status.code` is not a success code is a failure (§2 "Success envelope"). */
export function envelopeFailure(
  httpStatus: number,
  status: { readonly code?: string | number | undefined; readonly message?: string | undefined } | undefined,
): ReplyFailure | undefined {
  if (status === undefined || status.code === undefined || NEXUS_SUCCESS_CODES.has(status.code))
    return undefined
  return statusFailure(httpStatus, status.code, status.message)
}

/** Validates a JSON value with a schema; issues become a decode failure naming the path. */
export function validate<const S extends v.GenericSchema>(
  schema: S,
  json: unknown,
): ReplyResult<v.InferOutput<S>> {
  const parsed = v.safeParse(schema, json)
  return parsed.success ? { ok: true, value: parsed.output } : decodeFailure(toDecodeIssues(parsed.issues))
}
