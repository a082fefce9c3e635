import { describe, expect, it } from 'vitest'
import { defaultFileLimits } from './file-limits.js'
import { FileStore } from './file-store.js'

const bytes = (n: number) => new Uint8Array(n)

describe('FileStore', () => {
  it('checks need-agent, type, count, size and total, and reports usage as strings', () => {
    const store = new FileStore({
      ...defaultFileLimits,
      maxFiles: 3,
      maxFileSize: 10,
      maxTotalSize: 15,
      needAgent: true,
      fileTypes: ['txt'],
    })
    const up = (name: string, n: number, agentPresent = true) =>
      store.upload({ name, mime: 'text/plain', bytes: bytes(n), uploadedBy: 1, agentPresent })
    expect(up('a.txt', 1, false)).toEqual({ ok: false, refusal: 'NEED_AGENT' })
    expect(up('a.TXT.exe', 1)).toEqual({ ok: false, refusal: 'INVALID_FILE_TYPE' })
    expect(up('a.txt', 11)).toEqual({ ok: false, refusal: 'LIMIT_FILE_SIZE' })
    expect(up('a.TXT', 10).ok).toBe(true)
    expect(up('b.txt', 6)).toEqual({ ok: false, refusal: 'LIMIT_TOTAL_SIZE' })
    expect(up('b.txt', 5).ok).toBe(true)
    expect(up('c.txt', 0).ok).toBe(true)
    expect(up('d.txt', 0)).toEqual({ ok: false, refusal: 'LIMIT_FILE_COUNT' })
    expect(store.limitsUserData()).toMatchObject({
      'used-upload-max-files': '3',
      'used-upload-max-total-size': '15',
      'upload-need-agent': 'true',
    })
  })

  it('counts download attempts per file; deleted files are gone', () => {
    const store = new FileStore({ ...defaultFileLimits, downloadAttempts: 2 })
    const f = store.upload({
      name: 'a.png',
      mime: 'image/png',
      bytes: bytes(3),
      uploadedBy: 1,
      agentPresent: true,
    })
    if (!f.ok) throw new Error('upload failed')
    expect(store.download(f.value.id).ok).toBe(true)
    expect(store.download(f.value.id).ok).toBe(true)
    expect(store.download(f.value.id)).toEqual({ ok: false, refusal: 'DOWNLOAD_LIMIT' })
    expect(store.delete(f.value.id).ok).toBe(true)
    expect(store.peek(f.value.id)).toBeUndefined()
    expect(store.download('nope')).toEqual({ ok: false, refusal: 'FILE_NOT_FOUND' })
  })
})
