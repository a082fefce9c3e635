import type { ChatSession } from './chat-session.js'
import type { StoredFile } from './file-store.js'
import type { ModelEvent } from './model-event.js'
import type { Participant } from './participant.js'

/**
 * The transcript event of an upload. GMS: `FileUploaded` with the file metadata in userData
 * (gms-chat-v2.md §2.11). v3: a `Text` message with `content:[{type, mime, url}]` and a relative URL
 * under /nexus/v3/chat (pureengage-v3.md §3 E5/E6 [PROP]).
 */
export function appendFileEvent(
  session: ChatSession,
  from: Participant,
  file: StoredFile,
): ModelEvent | undefined {
  if (session.protocol === 'nexus-v3') {
    const url = nexusFileUrl(session, file)
    const type = file.mime.startsWith('image/') ? 'image' : 'file'
    return session.append('Message', from, {
      text: file.name,
      content: [{ type, mime: file.mime, url, name: file.name }],
    })
  }
  return session.append('FileUploaded', from, { text: file.name, userData: fileUserData(file) })
}

/** The `FileUploaded` event's userData (keys read by GMS clients, pureengage-v3.md §12). */
export function fileUserData(f: {
  id: string
  name: string
  mime: string
  bytes: Uint8Array
}): Record<string, string> {
  return {
    'file-id': f.id,
    'file-name': f.name,
    'file-size': String(f.bytes.byteLength),
    'file-type': f.mime,
  }
}

/** Relative attachment URL of a v3 file, served by GET /nexus/v3/chat/sessions/{sid}/images/{id}. */
export function nexusFileUrl(session: ChatSession, file: StoredFile): string {
  return `/sessions/${encodeURIComponent(session.id)}/images/${encodeURIComponent(file.id)}`
}
