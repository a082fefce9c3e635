import { GMS_ERROR_CODES, writeGmsError } from '@chatwire/codec-gms-v2'
import type { FileRefusal } from '../model/file-limits.js'

/**
 * The mock server's GMS error replies, one row per situation: HTTP status + `{statusCode, chatEnded,
 * errors:[{code, advice}]}` (real-widget.md §2.3). Codes are GMS_ERROR_CODES; where GMS documents none,
 * the row says [PROP].
 */
export const GMS_ERRORS = {
  // gms-chat-v2.md §3: 8201 "no such user in session" [COMMUNITY]; unknown chatId [PROP] 404
  noSuchChat: { status: 404, code: GMS_ERROR_CODES.userNotInSession, advice: 'No such chat session' },
  // gms-chat-v2.md §3: 8210 bad secure key [COMMUNITY]; [PROP] 403
  badSecureKey: { status: 403, code: GMS_ERROR_CODES.badSecureKey, advice: 'Invalid secureKey' },
  // gms-chat-v2.md §3: 8201; a userId/alias of another party [PROP] 403
  notInSession: {
    status: 403,
    code: GMS_ERROR_CODES.userNotInSession,
    advice: 'userId or alias does not belong to this chat',
  },
  // real-widget.md §2.1: apikey checked when configured; [PROP] 401 with an error so the widget reports it
  badApiKey: { status: 401, code: GMS_ERROR_CODES.invalidService, advice: 'Invalid apikey' },
  // gms-chat-v2.md §3: a write after the end [PROP] 400 + 8201
  chatEnded: { status: 400, code: GMS_ERROR_CODES.userNotInSession, advice: 'The chat session has ended' },
  // gms-chat-v2.md §3: 8209 client removed after flex-disconnect-timeout [COMMUNITY]; status 400 [PROP]
  removedAfterTimeout: {
    status: 400,
    code: GMS_ERROR_CODES.clientRemovedAfterTimeout,
    advice: 'Client removed from the chat after inactivity',
  },
  // gms-chat-v2.md §3: 204 "message too long" [CODE-JSW]
  tooLong: { status: 400, code: GMS_ERROR_CODES.messageTooLong, advice: 'Message too long' },
  // gms-chat-v2.md §3: 102 "cannot enter chat, try again" [CODE-JSW]; the chat server is offline (statusCode 1)
  offline: { status: 503, code: GMS_ERROR_CODES.chatUnavailable, advice: 'Chat server unavailable' },
  // [PROP] an injected HTTP 5xx
  injected5xx: {
    status: 503,
    code: GMS_ERROR_CODES.chatUnavailable,
    advice: 'Service unavailable (injected fault)',
  },
  // gms-chat-v2.md §1/§2.11 [PROP] a bad request field (the codec's 100)
  badField: { status: 400, code: GMS_ERROR_CODES.invalidParameter, advice: 'Invalid parameter' },
  // [PROP] payload over the server's body limit
  tooLarge: { status: 413, code: GMS_ERROR_CODES.invalidParameter, advice: 'Request body too large' },
} as const

export type GmsErrorName = keyof typeof GMS_ERRORS

export function gmsError(name: GmsErrorName, advice?: string, statusCode: 1 | 2 = 2): Response {
  const row = GMS_ERRORS[name]
  return writeGmsError({
    status: row.status,
    statusCode,
    chatEnded: statusCode === 2,
    errors: [{ code: row.code, advice: advice ?? row.advice }],
  })
}

/** File refusals → HTTP 400 (404 for an unknown file) with `errors[]` shown per file by the widget (real-widget.md §2.2); codes [PROP]. */
export function gmsFileRefusal(refusal: FileRefusal): Response {
  return writeGmsError({
    status: refusal === 'FILE_NOT_FOUND' ? 404 : 400,
    statusCode: 2,
    chatEnded: false,
    errors: [{ code: refusal, advice: FILE_ADVICE[refusal] }],
  })
}

const FILE_ADVICE: Record<FileRefusal, string> = {
  LIMIT_FILE_SIZE: 'File is larger than upload-max-file-size',
  LIMIT_FILE_COUNT: 'upload-max-files reached',
  LIMIT_TOTAL_SIZE: 'upload-max-total-size reached',
  INVALID_FILE_TYPE: 'File type not in upload-file-types',
  NEED_AGENT: 'Uploads need an agent in the chat (upload-need-agent)',
  DOWNLOAD_LIMIT: 'download-attempts reached',
  FILE_NOT_FOUND: 'No such file',
}
