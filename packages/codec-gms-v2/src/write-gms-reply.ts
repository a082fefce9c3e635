import type { TranscriptEvent } from '@chatwire/core'
import { encodeGmsEvent } from './gms-event-codec.js'
import type { GmsWireError, GmsWireEvent } from './gms-wire-schema.js'

/** What the server puts in a 2xx reply (gms-chat-v2.md §3). Events are neutral; they are encoded here. */
export interface GmsReplyInit {
  /** Default 0. */
  readonly statusCode?: 0 | 1 | 2
  readonly chatId?: string
  readonly alias?: string
  readonly secureKey?: string
  readonly userId?: string
  /** real-widget.md §2.3: always send it (false while open); left out only when undefined here. */
  readonly chatEnded?: boolean
  readonly nextPosition?: number
  readonly userData?: Readonly<Record<string, string>>
  readonly errors?: readonly GmsWireError[]
  readonly idleTimerExpire?: number
  readonly messages?: readonly TranscriptEvent[]
}

/** The JSON body of a 2xx reply. Field order as in the official example. */
export interface GmsWireReplyBody {
  readonly statusCode: 0 | 1 | 2
  readonly alias?: string
  readonly chatEnded?: boolean
  readonly chatId?: string
  readonly messages?: readonly GmsWireEvent[]
  readonly nextPosition?: number
  readonly secureKey?: string
  readonly userId?: string
  readonly userData?: Readonly<Record<string, string>>
  readonly errors?: readonly GmsWireError[]
  readonly idleTimerExpire?: number
}

/** Builds the JSON body of a reply (no I/O). */
export function encodeGmsReply(init: GmsReplyInit): GmsWireReplyBody {
  const body: Record<string, unknown> = { statusCode: init.statusCode ?? 0 }
  const put = (name: string, value: unknown) => {
    if (value !== undefined) body[name] = value
  }
  put('alias', init.alias)
  put('chatEnded', init.chatEnded)
  put('chatId', init.chatId)
  put('messages', init.messages?.map(encodeGmsEvent))
  put('nextPosition', init.nextPosition)
  put('secureKey', init.secureKey)
  put('userId', init.userId)
  put('userData', init.userData)
  put('errors', init.errors)
  put('idleTimerExpire', init.idleTimerExpire)
  return body as unknown as GmsWireReplyBody
}

const JSON_HEADERS = { 'content-type': 'application/json' }

/** A 2xx reply as a Response, `Content-Type: application/json` (real-widget.md §2.1, §2.3). */
export function writeGmsReply(init: GmsReplyInit, status = 200, headers: HeadersInit = {}): Response {
  const all = new Headers(headers)
  all.set('content-type', JSON_HEADERS['content-type'])
  return new Response(JSON.stringify(encodeGmsReply(init)), { status, headers: all })
}

/** An error reply: HTTP status + `{statusCode, chatEnded, errors:[{code, advice}]}` (real-widget.md §2.3). */
export interface GmsErrorInit {
  readonly status: number
  readonly errors: readonly {
    readonly code: number | string
    readonly advice?: string
    readonly message?: string
  }[]
  /** Default 2 (retrying will not help). */
  readonly statusCode?: 0 | 1 | 2
  /** Default true when statusCode is 2. */
  readonly chatEnded?: boolean
}

/** Writes the protocol's error reply; a `GmsRequestError` from `readGmsRequest` can be passed as is. */
export function writeGmsError(error: GmsErrorInit, headers: HeadersInit = {}): Response {
  const statusCode = error.statusCode ?? 2
  const body = {
    statusCode,
    chatEnded: error.chatEnded ?? statusCode === 2,
    errors: error.errors,
  }
  const all = new Headers(headers)
  all.set('content-type', JSON_HEADERS['content-type'])
  return new Response(JSON.stringify(body), { status: error.status, headers: all })
}

/** The file download reply: raw bytes with `Content-Disposition` (gms-chat-v2.md §2.11; real-widget.md §2.2). */
export function writeGmsFile(file: Blob, fileName: string, headers: HeadersInit = {}): Response {
  const all = new Headers(headers)
  all.set('content-type', file.type === '' ? 'application/octet-stream' : file.type)
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')
  all.set(
    'content-disposition',
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  )
  return new Response(file, { status: 200, headers: all })
}
