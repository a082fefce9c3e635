import {
  type AjaxResponse,
  ajaxResponse,
  noResponse as callFetchFailure,
  type TransportFailure,
} from '@chatwire/core'
import type { ReplyFailure } from '../client/reply-result.js'

/** What came back from the wire (any HTTP status), before the codec reads it. */
export interface WireReply {
  readonly ok: true
  readonly status: number
  readonly text: string
  readonly blob?: Blob
  readonly response: AjaxResponse
}

/** A failure without a response (status 0). */
export function noResponse(kind: 'timeout' | 'aborted' | 'network'): TransportFailure {
  return callFetchFailure(
    kind,
    kind === 'timeout'
      ? 'no reply within ajaxTimeout'
      : kind === 'aborted'
        ? 'the call was aborted'
        : 'network failure: no reply',
  )
}

/** A codec failure with the AJAX Response Object of the reply it came from (`code` stays in the codec). */
export function withResponse({ code, ...failure }: ReplyFailure, response: AjaxResponse): TransportFailure {
  return { ...failure, response }
}

/** A failure decided before any call (bad session data, an operation v3 does not have): status 0, 'error'. */
export function localFailure(kind: 'session-lost' | 'rejected', message: string): TransportFailure {
  return { ok: false, kind, retryable: false, message, response: ajaxResponse(0, 'error') }
}
