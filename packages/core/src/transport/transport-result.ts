import type { AjaxResponse } from './ajax-response.js'

/**
 * Why a wire call failed, for programs:
 * - `network`: no response (status 0);
 * - `timeout`: no response within `ajaxTimeout`;
 * - `aborted`: the caller aborted;
 * - `http`: a non-2xx HTTP status;
 * - `server`: a 2xx reply that reports failure (GMS `statusCode` 1 = `retryable: true`, 2 = false; v3 `status.code` ≠ 0);
 * - `session-lost`: the server no longer knows the session (v3 404 / INVALID_SESSION, GMS 8201/8210);
 * - `decode`: the reply did not have the protocol's shape (`issues` names the path).
 * - `rejected`: the server refused the operation for a documented reason (file type, size, count).
 */
export type TransportFailureKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'http'
  | 'server'
  | 'session-lost'
  | 'decode'
  | 'rejected'

export interface DecodeIssue {
  /** JSON path of the offending value, e.g. `messages[3].from.type`. */
  readonly path: string
  readonly message: string
}

export interface TransportFailure {
  readonly ok: false
  readonly kind: TransportFailureKind
  /** Whether retrying the same call can help (GMS statusCode 1, network, timeout, 5xx). */
  readonly retryable: boolean
  /** Human-readable reason naming what was wrong. */
  readonly message: string
  /** The AJAX Response Object the seed's rejections return. */
  readonly response: AjaxResponse
  readonly issues?: readonly DecodeIssue[]
  /**
   * For kind `rejected` on uploadFile: which documented sendFile refusal it was (invalid file type,
   * number of uploads exceeded, file size over the limit). Absent = "unknown error".
   */
  readonly fileRefusal?: 'invalid-type' | 'upload-limit' | 'size-limit'
}

export interface TransportSuccess<T> {
  readonly ok: true
  readonly value: T
  readonly response: AjaxResponse
}

export type TransportResult<T> = TransportSuccess<T> | TransportFailure
