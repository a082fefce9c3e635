import { randomHex } from '../ids.js'
import { type FileLimitsConfig, type FileRefusal, fileExtension } from './file-limits.js'

export interface StoredFile {
  readonly id: string
  readonly name: string
  readonly mime: string
  readonly bytes: Uint8Array
  readonly uploadedBy: number
  downloads: number
  deleted: boolean
}

export type FileResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly refusal: FileRefusal }

/** The files of one session, with the limit accounting of gms-chat-v2.md §5. Created lazily (idle sessions hold none). */
export class FileStore {
  readonly files = new Map<string, StoredFile>()
  usedFiles = 0
  usedBytes = 0
  usedDownloads = 0

  constructor(readonly limits: FileLimitsConfig) {}

  /** Checks every limit, then stores the file. `agentPresent` is checked against `upload-need-agent`. */
  upload(input: {
    name: string
    mime: string
    bytes: Uint8Array
    uploadedBy: number
    agentPresent: boolean
    imagesOnly?: boolean
  }): FileResult<StoredFile> {
    const { limits } = this
    if (limits.needAgent && !input.agentPresent) return { ok: false, refusal: 'NEED_AGENT' }
    if (input.imagesOnly === true && !input.mime.startsWith('image/'))
      return { ok: false, refusal: 'INVALID_FILE_TYPE' }
    if (input.imagesOnly !== true && !limits.fileTypes.includes(fileExtension(input.name))) {
      return { ok: false, refusal: 'INVALID_FILE_TYPE' }
    }
    if (this.usedFiles >= limits.maxFiles) return { ok: false, refusal: 'LIMIT_FILE_COUNT' }
    if (input.bytes.byteLength > limits.maxFileSize) return { ok: false, refusal: 'LIMIT_FILE_SIZE' }
    if (this.usedBytes + input.bytes.byteLength > limits.maxTotalSize)
      return { ok: false, refusal: 'LIMIT_TOTAL_SIZE' }
    const file: StoredFile = {
      id: randomHex(16),
      name: input.name,
      mime: input.mime,
      bytes: input.bytes,
      uploadedBy: input.uploadedBy,
      downloads: 0,
      deleted: false,
    }
    this.files.set(file.id, file)
    this.usedFiles++
    this.usedBytes += input.bytes.byteLength
    return { ok: true, value: file }
  }

  /** Counts a download attempt against `download-attempts`. */
  download(fileId: string): FileResult<StoredFile> {
    const file = this.files.get(fileId)
    if (file === undefined || file.deleted) return { ok: false, refusal: 'FILE_NOT_FOUND' }
    if (file.downloads >= this.limits.downloadAttempts) return { ok: false, refusal: 'DOWNLOAD_LIMIT' }
    file.downloads++
    this.usedDownloads++
    return { ok: true, value: file }
  }

  /** Reads a file without counting a download (v3 image content, the console). */
  peek(fileId: string): StoredFile | undefined {
    const file = this.files.get(fileId)
    return file === undefined || file.deleted ? undefined : file
  }

  delete(fileId: string): FileResult<StoredFile> {
    const file = this.files.get(fileId)
    if (file === undefined || file.deleted) return { ok: false, refusal: 'FILE_NOT_FOUND' }
    file.deleted = true
    return { ok: true, value: file }
  }

  /** The `file-client-cfg-get` notice's userData: all values are strings (gms-chat-v2.md §5). */
  limitsUserData(): Record<string, string> {
    const l = this.limits
    return {
      'download-attempts': String(l.downloadAttempts),
      'used-download-attempts': String(this.usedDownloads),
      'upload-max-files': String(l.maxFiles),
      'used-upload-max-files': String(this.usedFiles),
      'upload-max-file-size': String(l.maxFileSize),
      'upload-max-total-size': String(l.maxTotalSize),
      'used-upload-max-total-size': String(this.usedBytes),
      'upload-need-agent': String(l.needAgent),
      'upload-file-types': l.fileTypes.join(':'),
      'delete-file': 'odd',
    }
  }
}
