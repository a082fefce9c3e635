import type { FileLimits, TranscriptEvent } from '@chatwire/core'
import { type DecodeFailure, decodeFailure } from './decode-issues.js'
import { GMS_FILE_LIMITS_NOTICE_TEXT } from './gms-protocol.js'

/** A count or a size in bytes: a non-negative number as text; blank is not 0 (Number('') is). */
const amount = (text: string | undefined) => {
  const n = text?.trim() ? Number(text) : Number.NaN
  return Number.isFinite(n) && n >= 0 ? n : undefined
}

/**
 * The keys of the file-limits notice's userData (gms-chat-v2.md §5), every value text, and how each is read.
 * Each key is the kebab-case spelling of its FileLimits field (`download-attempts` → `downloadAttempts`).
 */
const FILE_LIMITS = {
  // max downloads allowed [CODE-BALK], [CODE-GMSLIB]
  'download-attempts': amount,
  // downloads already used
  'used-download-attempts': amount,
  // max number of uploads
  'upload-max-files': amount,
  // uploads already used
  'used-upload-max-files': amount,
  // max bytes per file
  'upload-max-file-size': amount,
  // max bytes for all uploads together
  'upload-max-total-size': amount,
  // bytes already uploaded
  'used-upload-max-total-size': amount,
  // "true"/"false"
  'upload-need-agent': (text: string | undefined) => text === 'true',
  // colon-separated extensions
  'upload-file-types': (text: string | undefined) => (text ? text.split(':') : []),
  // delete policy, observed value "odd"
  'delete-file': (text: string | undefined) => text ?? '',
}

type Camel<K extends string> = K extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : K
/** What the table reads: returned as FileLimits, so it must read every field with its type. */
type ReadLimits = {
  readonly [K in keyof typeof FILE_LIMITS as Camel<K>]: Exclude<
    ReturnType<(typeof FILE_LIMITS)[K]>,
    undefined
  >
}

/**
 * The limits in the events of a `file/limits` reply: the userData of its Notice "file-client-cfg-get"
 * (gms-chat-v2.md §2.11). A missing notice or a bad number is a decode failure naming the path
 * (`messages[0].userData["upload-max-files"]`).
 */
export function readFileLimits(events: readonly TranscriptEvent[]): FileLimits | DecodeFailure {
  const at = events.findIndex((e) => e.type === 'Notice' && e.text === GMS_FILE_LIMITS_NOTICE_TEXT)
  if (at < 0) return decodeFailure('messages', `expected a Notice "${GMS_FILE_LIMITS_NOTICE_TEXT}"`)
  const userData = events[at]?.userData ?? {}
  const limits: Record<string, unknown> = {}
  for (const key in FILE_LIMITS) {
    const value = FILE_LIMITS[key as keyof typeof FILE_LIMITS](userData[key])
    // only an amount can be bad (or missing)
    if (value === undefined)
      return decodeFailure(`messages[${at}].userData["${key}"]`, 'expected a non-negative number as text')
    limits[key.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase())] = value
  }
  return limits as ReadLimits
}
