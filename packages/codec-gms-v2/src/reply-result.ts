import type { FetchReply, TransportFailure, TransportResult } from '@chatwire/core'
import { type DecodeFailure, isDecodeFailure } from './decode-issues.js'
import { GMS_FILE_REFUSAL_CODES, GMS_SESSION_LOST_CODES } from './gms-protocol.js'
import { type GmsHttpError, type GmsReply, readGmsReply } from './read-gms-reply.js'

/**
 * The transport result of a call: the failure of a call without a reply (network, timeout, abort), else of
 * its JSON reply: `value(reply)` of a success (statusCode 0), the failure the reply reports (an HTTP error,
 * statusCode 1/2, chatEnded), or kind `decode` when the reply does not have the protocol's shape or lacks
 * what the call needs (`value` gives a decode failure).
 */
export function replyResult<T>(
  wire: FetchReply | TransportFailure,
  value: (reply: GmsReply) => T | DecodeFailure,
): TransportResult<T> {
  if (!wire.ok) return wire
  const { status, response } = wire
  const result = readGmsReply(status, wire.text)
  const success = result.ok && result.reply.statusCode === 0
  const read = success ? value(result.reply) : result.ok ? result.reply : result
  if (isDecodeFailure(read)) {
    const { issues } = read
    const where = issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ')
    return { ok: false, kind: 'decode', retryable: false, message: `bad reply: ${where}`, response, issues }
  }
  if (success) return { ok: true, value: read as T, response }
  const body = read as GmsReply | GmsHttpError
  const http = !result.ok
  const codes = (body.errors ?? []).map((e) => String(e.code))
  // chatEnded: true on a failed reply (statusCode 1/2 or an HTTP error body) = the session is over: stop
  // (gms-chat-v2.md §3 statusCode × chatEnded, §6.6 "stop when chatEnded == true (any response)")
  const lost = body.chatEnded === true || codes.some((c) => GMS_SESSION_LOST_CODES.includes(Number(c)))
  const refusalCode = codes.find((c) => Object.hasOwn(GMS_FILE_REFUSAL_CODES, c))
  const fileRefusal = refusalCode && GMS_FILE_REFUSAL_CODES[refusalCode]
  const listed = codes.length ? ` (errors ${codes.join(', ')})` : ''
  return {
    ok: false,
    kind: lost ? 'session-lost' : fileRefusal ? 'rejected' : http ? 'http' : 'server',
    ...(fileRefusal && { fileRefusal }),
    // HTTP: 5xx, 408 and 429 may pass; statusCode 1 = retry may help, 2 = it will not (gms-chat-v2.md §3 [DOC-RESP])
    retryable: !lost && (http ? status >= 500 || status === 408 || status === 429 : body.statusCode === 1),
    message: http ? `HTTP ${status}${listed}` : `statusCode ${body.statusCode}${listed}`,
    response,
  }
}
