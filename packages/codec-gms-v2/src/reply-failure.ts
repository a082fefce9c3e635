import type { AjaxResponse, FetchReply, TransportFailure } from '@chatwire/core'
import type { DecodeFailure } from './decode-issues.js'
import { GMS_FILE_REFUSAL_CODES, GMS_SESSION_LOST_CODES } from './gms-protocol.js'
import type { GmsReply, GmsReplyResult } from './read-gms-reply.js'

/** A read result whose success carries the decoded reply (plain, upload or file-limits reply). */
export type ReadResult =
  | { readonly ok: true; readonly reply: GmsReply }
  | Exclude<GmsReplyResult, { ok: true }>

/** A reply without the protocol's shape: kind `decode`, the issues named in the message. */
export function badReply(failure: DecodeFailure, response: AjaxResponse): TransportFailure {
  const where = failure.issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ')
  return {
    ok: false,
    kind: 'decode',
    retryable: false,
    message: `bad reply: ${where}`,
    response,
    issues: failure.issues,
  }
}

/** Maps a read result to the core's failure kinds; undefined when the reply is a success (statusCode 0). */
export function replyFailure(result: ReadResult, wire: FetchReply): TransportFailure | undefined {
  const response = wire.response
  if (!result.ok && result.kind === 'decode') return badReply(result, response)
  const http = !result.ok
  const body = result.ok ? result.reply : result
  const statusCode = result.ok ? result.reply.statusCode : 0
  if (!http && statusCode === 0) return undefined
  const codes = (body.errors ?? []).map((e) => String(e.code))
  // chatEnded: true on a failed reply (statusCode 1/2 or an HTTP error body) = the session is over: stop
  // (gms-chat-v2.md §3 statusCode × chatEnded, §6.6 "stop when chatEnded == true (any response)")
  const lost = body.chatEnded === true || codes.some((c) => GMS_SESSION_LOST_CODES.includes(Number(c)))
  const refusalCode = codes.find((c) => Object.hasOwn(GMS_FILE_REFUSAL_CODES, c))
  const fileRefusal = refusalCode && GMS_FILE_REFUSAL_CODES[refusalCode]
  const listed = codes.length ? ` (errors ${codes.join(', ')})` : ''
  const status = wire.status
  return {
    ok: false,
    kind: lost ? 'session-lost' : fileRefusal ? 'rejected' : http ? 'http' : 'server',
    ...(fileRefusal && { fileRefusal }),
    // HTTP: 5xx, 408 and 429 may pass; statusCode 1 = retry may help, 2 = it will not (gms-chat-v2.md §3 [DOC-RESP])
    retryable: !lost && (http ? status >= 500 || status === 408 || status === 429 : statusCode === 1),
    message: http ? `HTTP ${status}${listed}` : `statusCode ${statusCode}${listed}`,
    response,
  }
}
