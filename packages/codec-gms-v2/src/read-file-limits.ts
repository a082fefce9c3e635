import type { FileLimits, TranscriptEvent } from '@chatwire/core'
import { type DecodeFailure, decodeFailure } from './decode-issues.js'
import { GMS_FILE_LIMITS_NOTICE_TEXT } from './gms-protocol.js'

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

/**
 * The limits in the events of a `file/limits` reply: the userData of its Notice "file-client-cfg-get"
 * (gms-chat-v2.md §2.11), every value text (§5). A missing notice or a bad number is a decode failure naming
 * the path (`messages[0].userData["upload-max-files"]`).
 */
export function readFileLimits(events: readonly TranscriptEvent[]): FileLimits | DecodeFailure {
  const at = events.findIndex((e) => e.type === 'Notice' && e.text === GMS_FILE_LIMITS_NOTICE_TEXT)
  if (at < 0) return decodeFailure('messages', `expected a Notice "${GMS_FILE_LIMITS_NOTICE_TEXT}"`)
  const userData = events[at]?.userData ?? {}
  const numbers = {} as Record<NumericLimit, number>
  for (const key of NUMERIC_LIMITS) {
    // blank is not 0 (Number('') is)
    const n = userData[key]?.trim() ? Number(userData[key]) : Number.NaN
    if (!Number.isFinite(n) || n < 0)
      return decodeFailure(`messages[${at}].userData["${key}"]`, 'expected a non-negative number as text')
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
