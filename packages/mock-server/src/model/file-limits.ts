/** Upload/download limits of a session (the keys of the GMS `file-client-cfg-get` notice, gms-chat-v2.md §5). */
export interface FileLimitsConfig {
  /** `download-attempts`: downloads allowed per file. */
  readonly downloadAttempts: number
  /** `upload-max-files`. */
  readonly maxFiles: number
  /** `upload-max-file-size`, bytes. */
  readonly maxFileSize: number
  /** `upload-max-total-size`, bytes. */
  readonly maxTotalSize: number
  /** `upload-need-agent`: uploads only once an agent has joined. */
  readonly needAgent: boolean
  /** `upload-file-types`: allowed extensions, lower case. */
  readonly fileTypes: readonly string[]
}

export const defaultFileLimits: FileLimitsConfig = {
  downloadAttempts: 10,
  maxFiles: 5,
  maxFileSize: 10 * 1024 * 1024,
  maxTotalSize: 25 * 1024 * 1024,
  needAgent: false,
  fileTypes: ['jpeg', 'jpg', 'png', 'gif', 'pdf', 'txt', 'zip'],
}

/** Why an upload or download was refused. Names follow the v3 codes (pureengage-v3.md §10); GMS maps them to errors. */
export type FileRefusal =
  | 'LIMIT_FILE_SIZE'
  | 'LIMIT_FILE_COUNT'
  | 'LIMIT_TOTAL_SIZE'
  | 'INVALID_FILE_TYPE'
  | 'NEED_AGENT'
  | 'DOWNLOAD_LIMIT'
  | 'FILE_NOT_FOUND'

/** File-name extension, lower case, without the dot ('' when none). */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}
