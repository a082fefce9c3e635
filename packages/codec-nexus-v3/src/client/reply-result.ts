import type { DecodeIssue, TransportFailureKind } from '@chatwire/core'
import {
  NEXUS_FILE_REFUSALS,
  NEXUS_SESSION_LOST_CODE,
  NEXUS_SUCCESS_CODES,
} from '../protocol/nexus-error-codes.js'
import { checkShape, isObject } from '../wire/check-shape.js'
import type { WireStatus } from '../wire/wire-schemas.js'
import { WIRE_STATUS_SHAPE } from '../wire/wire-shapes.js'

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

/** A reply read successfully. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value }
}

export function isOk(httpStatus: number): boolean {
  return httpStatus >= 200 && httpStatus < 300
}

/** A reply without the v3 shape: `issues` (at least one) and a message naming the first. */
export function decodeFailure(issues: readonly DecodeIssue[]): ReplyFailure {
  const { path, message } = issues[0] as DecodeIssue
  return {
    ok: false,
    kind: 'decode',
    retryable: false,
    message: `unexpected v3 reply at ${path || '(root)'}: ${message}`,
    issues,
  }
}

/**
 * The failure a reply is by its status, or `undefined` for a success: an error HTTP status with the
 * `{status:{code,message}}` its body may have (§2 "Error envelope"), or a 2xx whose readable `status.code` is
 * not a success code (§2 "Success envelope"). What the code means (§10): INVALID_SESSION (or HTTP 404) =
 * session lost, upload refusals = rejected, other codes on a 2xx = server, on an error status = http
 * (5xx/429/408 retryable).
 */
export function refusalOf(httpStatus: number, json: unknown): ReplyFailure | undefined {
  const status = statusOf(json)
  const code = status?.code
  if (isOk(httpStatus) && (code === undefined || NEXUS_SUCCESS_CODES.has(code))) return undefined
  const lost = httpStatus === 404 || code === NEXUS_SESSION_LOST_CODE
  const fileRefusal =
    !lost && typeof code === 'string' && Object.hasOwn(NEXUS_FILE_REFUSALS, code)
      ? NEXUS_FILE_REFUSALS[code]
      : undefined
  const kind = lost ? 'session-lost' : fileRefusal ? 'rejected' : isOk(httpStatus) ? 'server' : 'http'
  return {
    ok: false,
    kind,
    retryable: kind === 'http' && (httpStatus >= 500 || httpStatus === 429 || httpStatus === 408),
    message: status?.message ?? (code === undefined ? `HTTP ${httpStatus}` : String(code)),
    ...(code !== undefined && { code }),
    ...(fileRefusal && { fileRefusal }),
  }
}

/** `status` of a body when it has a readable one: `{code?, message?}` (§2 "Error envelope" / "Success envelope"). */
export function statusOf(json: unknown): WireStatus | undefined {
  const status = isObject(json) ? json.status : undefined
  return checkShape(status, WIRE_STATUS_SHAPE) ? undefined : (status as WireStatus)
}

/** Reads a non-2xx reply: `{status:{code,message}}` when the body has it (§2 "Error envelope"). */
export function readErrorReply(httpStatus: number, text: string): ReplyFailure {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {}
  // an error status is always a refusal
  return refusalOf(httpStatus, json) as ReplyFailure
}
