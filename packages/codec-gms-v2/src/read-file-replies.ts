import type { FileLimits } from '@chatwire/core'
import { type DecodeFailure, decodeFailure } from './decode-issues.js'
import { GMS_FILE_ID_KEY, GMS_FILE_LIMITS_NOTICE_TEXT } from './gms-protocol.js'
import { type GmsReply, type GmsReplyResult, readGmsReply } from './read-gms-reply.js'

/**
 * Numeric keys of the file-limits notice's userData (gms-chat-v2.md §5); each is the kebab-case spelling of
 * its FileLimits field (`download-attempts` → `downloadAttempts`).
 */
const NUMERIC_LIMITS = [
  // max downloads allowed [CODE-BALK], [CODE-GMSLIB]
  'download-attempts',
  // downloads already used
  'used-download-attempts',
  // max number of uploads
  'upload-max-files',
  // uploads already used
  'used-upload-max-files',
  // max bytes per file
  'upload-max-file-size',
  // max bytes for all uploads together
  'upload-max-total-size',
  // bytes already uploaded
  'used-upload-max-total-size',
] as const

type Camel<K extends string> = K extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : K
type NumericLimit = Camel<(typeof NUMERIC_LIMITS)[number]>

const camel = <K extends string>(key: K) =>
  key.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase()) as Camel<K>

/** Parses the limits map (all values are strings, gms-chat-v2.md §5). `at` prefixes issue paths. */
export function parseFileLimits(
  userData: Readonly<Record<string, string>>,
  at = 'userData',
): FileLimits | DecodeFailure {
  const numbers = {} as Record<NumericLimit, number>
  for (const key of NUMERIC_LIMITS) {
    // blank is not 0 (Number('') is)
    const n = userData[key]?.trim() ? Number(userData[key]) : Number.NaN
    if (!Number.isFinite(n) || n < 0)
      return decodeFailure(`${at}["${key}"]`, 'expected a non-negative number as text')
    numbers[camel(key)] = n
  }
  const types = userData['upload-file-types']
  return {
    ...numbers,
    // "true"/"false" (gms-chat-v2.md §5)
    uploadNeedAgent: userData['upload-need-agent'] === 'true',
    // colon-separated extensions (gms-chat-v2.md §5)
    uploadFileTypes: types ? types.split(':') : [],
    // delete policy, observed value "odd" (gms-chat-v2.md §5)
    deleteFile: userData['delete-file'] ?? '',
  }
}

export type FileLimitsResult =
  | { readonly ok: true; readonly limits: FileLimits; readonly reply: GmsReply }
  | Exclude<GmsReplyResult, { ok: true }>

/** Reads the `file/limits` reply: the `Notice` whose text is `file-client-cfg-get` (gms-chat-v2.md §2.11). */
export function readFileLimitsReply(status: number, text: string): FileLimitsResult {
  const result = readGmsReply(status, text)
  if (!result.ok) return result
  const at = result.reply.events.findIndex(
    (e) => e.type === 'Notice' && e.text === GMS_FILE_LIMITS_NOTICE_TEXT,
  )
  if (at < 0) return decodeFailure('messages', `expected a Notice "${GMS_FILE_LIMITS_NOTICE_TEXT}"`)
  const limits = parseFileLimits(result.reply.events[at]?.userData ?? {}, `messages[${at}].userData`)
  if ('ok' in limits) return limits
  return { ok: true, limits, reply: result.reply }
}

export type FileUploadResult =
  | { readonly ok: true; readonly fileId: string; readonly reply: GmsReply }
  | Exclude<GmsReplyResult, { ok: true }>

/** Reads the upload reply: top-level `userData["file-id"]` is the new file id (gms-chat-v2.md §2.11). */
export function readFileUploadReply(status: number, text: string): FileUploadResult {
  const result = readGmsReply(status, text)
  if (!result.ok) return result
  const fileId = result.reply.userData?.[GMS_FILE_ID_KEY]
  if (result.reply.statusCode === 0 && fileId === undefined) {
    return decodeFailure(`userData["${GMS_FILE_ID_KEY}"]`, 'expected the new file id')
  }
  return { ok: true, fileId: fileId ?? '', reply: result.reply }
}
