import type { TranscriptEvent } from '@chatwire/core'
import { checkShape, type Shape } from '../wire/check-shape.js'
import { decodeClientToken } from '../wire/client-token.js'
import { nexusIndexIssue } from '../wire/nexus-event-codec.js'
import { ownFields } from '../wire/own-fields.js'
import { readWireEvent } from '../wire/read-wire-event.js'
import type { SendReply, StartReply, UploadReply, UserDataReply } from '../wire/wire-schemas.js'
import {
  MESSAGES_ENVELOPE_SHAPE,
  MESSAGES_REPLY_SHAPE,
  SEND_REPLY_SHAPE,
  START_REPLY_SHAPE,
  UPLOAD_REPLY_SHAPE,
  USER_DATA_REPLY_SHAPE,
} from '../wire/wire-shapes.js'
import {
  decodeFailure,
  isOk,
  ok,
  type ReplyFailure,
  type ReplyResult,
  readErrorReply,
  refusalOf,
} from './reply-result.js'

/**
 * The v3 session as getSessionData shows it, in this key order: `{participantId, sessionId, token,
 * transportId}` (§4, seed); the ids are the client token's payload (`ClientTokenPayload`).
 */
export type NexusSession = {
  readonly participantId: string
  readonly sessionId: string
  readonly token: string
  readonly transportId: string
}

export interface NexusMessagesPage {
  readonly events: readonly TranscriptEvent[]
  /** The wire event objects as received, same order as `events`. */
  readonly originalMessages: readonly unknown[]
  readonly chatEnded: boolean
}

/**
 * The body of a reply, checked against `shape`, or the failure the reply is: an error status, a `status.code`
 * that is not a success (it wins over a malformed rest of the body, §2), or a decode issue naming the path.
 * Upload and userdata replies are `lenient` (§3 E5, E7): a body that is not JSON is no body, and the shape is
 * checked before the code. The readers below are this plus what they take out of the body; the transport
 * uses it directly where it needs nothing of the body but its id.
 */
export function readReply<T>(status: number, text: string, shape: Shape, lenient?: boolean): ReplyResult<T> {
  if (!isOk(status)) return readErrorReply(status, text)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    if (lenient) return ok(undefined as T)
    return decodeFailure([{ path: '', message: `body is not JSON: ${(error as Error).message}` }])
  }
  const issue = checkShape(json, shape)
  const malformed: ReplyFailure | undefined = issue && decodeFailure([issue])
  const refused = refusalOf(status, json)
  return (lenient ? (malformed ?? refused) : (refused ?? malformed)) ?? ok(json as T)
}

/** E1/E2 reply → the session decoded from `data.clientToken` (§3 E1, §4). A missing token fails start (§10). */
export function readStartReply(status: number, text: string): ReplyResult<NexusSession> {
  const reply = readReply<StartReply>(status, text, START_REPLY_SHAPE)
  if (!reply.ok) return reply
  const token = reply.value.data.clientToken
  const payload = decodeClientToken(token, 'data.clientToken')
  if (!payload.ok) return decodeFailure(payload.issues)
  const { participantId, sessionId, transportId } = payload.value
  return ok({ participantId, sessionId, token, transportId })
}

/** An E3 body of MESSAGES_ENVELOPE_SHAPE (its events not checked yet). */
type MessagesEnvelope = {
  readonly data: { readonly messages: readonly Record<string, unknown>[]; readonly chatEnded?: boolean }
}

/**
 * E3 reply → normalised events + the wire objects + chatEnded (missing = false) (§3 E3, §6). Polls read the
 * whole transcript every second, so the envelope is checked first and then each event is checked and
 * converted in one pass (readWireEvent); only a refused event has the body walked again to name what was
 * wrong: the shape (anywhere, as valibot reports it), else that event's index.
 */
export function readMessagesReply(status: number, text: string): ReplyResult<NexusMessagesPage> {
  const reply = readReply<MessagesEnvelope>(status, text, MESSAGES_ENVELOPE_SHAPE)
  if (!reply.ok) return reply
  const { messages, chatEnded = false } = reply.value.data
  const events: TranscriptEvent[] = []
  for (const message of messages) {
    const event = readWireEvent(message)
    if (event === undefined) {
      const path = `data.messages[${events.length}]`
      return decodeFailure([
        checkShape(reply.value, MESSAGES_REPLY_SHAPE) ?? nexusIndexIssue(message.index, path),
      ])
    }
    events.push(event)
  }
  return ok({ events, originalMessages: messages, chatEnded })
}

/** E4 reply → chatEnded (top-level, as the widget reads it; `data.chatEnded` also accepted) (§3 E4). */
export function readSendReply(status: number, text: string): ReplyResult<{ readonly chatEnded: boolean }> {
  if (isOk(status) && text.trim() === '') return ok({ chatEnded: false })
  const reply = readReply<SendReply>(status, text, SEND_REPLY_SHAPE)
  return reply.ok ? ok({ chatEnded: reply.value.chatEnded ?? reply.value.data?.chatEnded ?? false }) : reply
}

/** E5 reply: nothing is required (§3 E5); `data.id`/`url`/`mime` are read when present ([PROP]). */
export function readUploadReply(
  status: number,
  text: string,
): ReplyResult<{ readonly mediaId?: string; readonly url?: string; readonly mime?: string }> {
  const reply = readReply<UploadReply | undefined>(status, text, UPLOAD_REPLY_SHAPE, true)
  if (!reply.ok) return reply
  const { id, url, mime } = reply.value?.data ?? {}
  return ok({
    ...(id !== undefined && { mediaId: id }),
    ...(url !== undefined && { url }),
    ...(mime !== undefined && { mime }),
  })
}

/** E7 reply ([PROP] §3 E7): the merged user data when the server returns it, as a prototype-free map. */
export function readUserDataReply(
  status: number,
  text: string,
): ReplyResult<{ readonly userData?: Readonly<Record<string, unknown>> }> {
  const reply = readReply<UserDataReply | undefined>(status, text, USER_DATA_REPLY_SHAPE, true)
  if (!reply.ok) return reply
  const userData = reply.value?.data?.userData
  return ok(userData ? { userData: ownFields(userData) } : {})
}

/** E8 reply: the body is not read, only the status (§3 E8). */
export function readLeaveReply(status: number, text: string): ReplyResult<Record<string, never>> {
  return isOk(status) ? ok({}) : readErrorReply(status, text)
}

/** E6 reply: the attachment bytes of a 2xx reply (§3 E6), else the error its status and body mean. */
export function readAttachmentReply(status: number, text: string, blob?: Blob): ReplyResult<Blob> {
  return isOk(status) ? ok(blob ?? new Blob([])) : readErrorReply(status, text)
}
