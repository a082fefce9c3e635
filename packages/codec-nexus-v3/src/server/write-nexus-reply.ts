import type { TranscriptEvent } from '@chatwire/core'
import {
  NEXUS_ERROR_CODES,
  NEXUS_SUCCESS_STATUS,
  type NexusErrorCode,
} from '../protocol/nexus-error-codes.js'
import { NEXUS_DEFAULT_BASE_PATH } from '../protocol/nexus-operations.js'
import { encodeNexusEvent } from '../wire/nexus-event-codec.js'
import type { NexusErrorBody, NexusRequestError } from './nexus-server-request.js'

/** What the server answers to each operation (pureengage-v3.md §3); `operation` names the request it answers. */
export type NexusReply =
  | {
      readonly operation: 'start' | 'resume'
      /** The signed client token (the server signs it; see ClientTokenPayload). */
      readonly clientToken: string
      readonly sessionId: string
      /** Default `/nexus/v3/chat/sessions/<sessionId>` (§3 E1 [CODE-DEMO]). */
      readonly selfUri?: string
    }
  | {
      readonly operation: 'messages'
      readonly messages: readonly TranscriptEvent[]
      readonly chatEnded: boolean
    }
  | { readonly operation: 'send'; readonly chatEnded: boolean }
  | {
      readonly operation: 'uploadImage'
      readonly mediaId: string
      readonly url: string
      readonly mime?: string
    }
  | {
      readonly operation: 'attachment'
      readonly body: Blob | ArrayBuffer | Uint8Array<ArrayBuffer> | string
      readonly contentType: string
    }
  | { readonly operation: 'updateUserData'; readonly userData: Readonly<Record<string, unknown>> }
  | { readonly operation: 'leave' }

const JSON_TYPE = 'application/json; charset=utf-8'

/** The JSON body of a reply (everything but `attachment`, whose body is binary). */
export function nexusReplyBody(reply: Exclude<NexusReply, { operation: 'attachment' }>): unknown {
  const status = NEXUS_SUCCESS_STATUS
  switch (reply.operation) {
    case 'start':
    case 'resume':
      // §3 E1: data.clientToken (required by the widget), data.entity {id, selfUri} [CODE-DEMO]
      return {
        status,
        data: {
          clientToken: reply.clientToken,
          entity: {
            id: reply.sessionId,
            selfUri: reply.selfUri ?? `${NEXUS_DEFAULT_BASE_PATH}/${encodeURIComponent(reply.sessionId)}`,
          },
        },
      }
    case 'messages':
      // §3 E3: data.messages oldest first (§9), data.chatEnded always present (§9 [PROP])
      return { status, data: { messages: reply.messages.map(encodeNexusEvent), chatEnded: reply.chatEnded } }
    case 'send':
      // §3 E4: the widget reads a top-level chatEnded
      return { status, chatEnded: reply.chatEnded, data: {} }
    case 'uploadImage':
      // §3 E5: nothing required; [PROP] data {id, url, mime} (specs NX-P07)
      return {
        status,
        data: {
          id: reply.mediaId,
          url: reply.url,
          ...(reply.mime !== undefined ? { mime: reply.mime } : {}),
        },
      }
    case 'updateUserData':
      // §3 E7 [PROP]: data.userData = merged attached data
      return { status, data: { userData: reply.userData } }
    case 'leave':
      // §3 E8: body not read by the widget
      return { status, data: {} }
  }
}

/** Builds the HTTP response of an operation: 200, JSON (or the attachment bytes with their content type). */
export function writeNexusReply(reply: NexusReply): Response {
  if (reply.operation === 'attachment') {
    return new Response(reply.body, { status: 200, headers: { 'content-type': reply.contentType } })
  }
  return new Response(JSON.stringify(nexusReplyBody(reply)), {
    status: 200,
    headers: { 'content-type': JSON_TYPE },
  })
}

/** The error body `{status:{code,message}}` (§2 "Error envelope"); message defaults to the code's text. */
export function nexusErrorBody(code: NexusErrorCode | (string & {}), message?: string): NexusErrorBody {
  const known = (NEXUS_ERROR_CODES as Record<string, { message: string } | undefined>)[code]
  return { status: { code, message: message ?? known?.message ?? code } }
}

/**
 * The protocol's error response: HTTP status (default per NEXUS_ERROR_CODES, §10 [PROP]) and
 * `{status:{code,message}}`. E.g. `writeNexusError('INVALID_SESSION')` → 404.
 */
export function writeNexusError(
  code: NexusErrorCode | (string & {}),
  message?: string,
  httpStatus?: number,
): Response {
  const known = (NEXUS_ERROR_CODES as Record<string, { httpStatus: number } | undefined>)[code]
  return new Response(JSON.stringify(nexusErrorBody(code, message)), {
    status: httpStatus ?? known?.httpStatus ?? 400,
    headers: { 'content-type': JSON_TYPE },
  })
}

/** The response for a request `readNexusRequest` could not read. */
export function writeNexusRequestError(error: NexusRequestError): Response {
  return writeNexusError(error.code, error.body.status.message, error.httpStatus)
}
