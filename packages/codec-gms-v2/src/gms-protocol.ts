import type { PartyType, TranscriptEventType } from '@chatwire/core'

/** Every GMS event type; each maps to the neutral type of the same name (GMS_EVENT_TYPES). */
const GMS_EVENT_TYPE_NAMES = [
  // gms-chat-v2.md §4: a party joined (the customer's own join is index 1) [DOC-CHATV2]
  'ParticipantJoined',
  // gms-chat-v2.md §4: a party left, often with chatEnded:true [CODE-LEX]
  'ParticipantLeft',
  // gms-chat-v2.md §4: chat text in `text` [DOC-WEBAPI]
  'Message',
  // gms-chat-v2.md §4 and §2.6: URL pushed by/to the customer; the URL travels in `text` [INF]
  'PushUrl',
  // gms-chat-v2.md §4: typing indicator [CODE-GMSLIB]
  'TypingStarted',
  // gms-chat-v2.md §4: typing indicator [CODE-GMSLIB]
  'TypingStopped',
  // gms-chat-v2.md §4: a party changed nickname [CODE-GMSLIB]
  'NicknameUpdated',
  // gms-chat-v2.md §4: file uploaded, metadata in `userData` [CODE-JSW]
  'FileUploaded',
  // gms-chat-v2.md §4: file deleted [CODE-GMSLIB]
  'FileDeleted',
  // gms-chat-v2.md §4 and §2.8: custom notice [CODE-GMSLIB]
  'CustomNotice',
  // gms-chat-v2.md §4: standard notice, e.g. text "file-client-cfg-get" with the file limits [CODE-BALK]
  'Notice',
  // gms-chat-v2.md §4: customer idle, the session will close soon [CODE-GMSLIB]
  'IdleAlert',
  // gms-chat-v2.md §4: session closed for inactivity [CODE-GMSLIB]
  'IdleClose',
] as const satisfies readonly TranscriptEventType[]

/**
 * Wire event `type` → neutral event type. Every GMS type maps to the neutral type of the same name.
 * Unknown wire types become `Unknown` (the wire type is kept in `wireType`).
 */
export const GMS_EVENT_TYPES: Readonly<Record<string, TranscriptEventType>> = /* @__PURE__ */ sameNames()

function sameNames(): Readonly<Record<string, TranscriptEventType>> {
  const table = Object.create(null) as Record<string, TranscriptEventType>
  for (const type of GMS_EVENT_TYPE_NAMES) table[type] = type
  return Object.freeze(table)
}

/** Whether a wire event `type` is one of GMS_EVENT_TYPES (each maps to the neutral type of the same name). */
export const isGmsEventType = (type: string): type is (typeof GMS_EVENT_TYPE_NAMES)[number] =>
  (GMS_EVENT_TYPE_NAMES as readonly string[]).includes(type)

/** Wire `from.type` values; anything else is a decode error at `…from.type`. */
export const GMS_PARTY_TYPES = [
  // gms-chat-v2.md §4: the customer [DOC-CHATV2]
  'Client',
  // gms-chat-v2.md §4: an agent [CODE-BALK ChatParticipantType]
  'Agent',
  // gms-chat-v2.md §4: a supervisor [CODE-BALK ChatParticipantType]
  'Supervisor',
  // gms-chat-v2.md §4: the system/routing party, e.g. nickname "system" [DOC-WEBAPI]
  'External',
] as const satisfies readonly PartyType[]

export type GmsPartyType = (typeof GMS_PARTY_TYPES)[number]

/**
 * Bots: a participant whose event carries `eventAttributes.GCTI_SYSTEM['party-info'].style == 'BOT'`
 * is a bot (pureengage-v3.md §12 [CODE-LEGACY]; real-widget.md §2.3). Encoding a neutral `Bot` party writes
 * `from.type` = this value plus the flag ([PROP]: the wire type of a bot is not documented; the core's
 * transcript-event contract says GMS bots are `External` with a bot flag).
 */
export const GMS_BOT_WIRE_PARTY_TYPE: GmsPartyType = 'External'
export const GMS_BOT_STYLE = 'BOT'

/** `statusCode` of every 2xx reply (gms-chat-v2.md §3 [DOC-RESP]). */
export const GMS_STATUS_CODES = {
  // 0: success, all fields valid
  ok: 0,
  // 1: error, the client may retry; other fields must not be trusted
  retryable: 1,
  // 2: error, retrying will not help; the chat may have ended (look at chatEnded)
  fatal: 2,
} as const

/**
 * The error codes (of GMS_ERROR_CODES) meaning the server no longer knows this client (TransportFailure kind
 * `session-lost`). A table of their own so that the client bundle carries only these.
 */
const SESSION_LOST = {
  // gms-chat-v2.md §3: no such user in session [COMMUNITY]
  userNotInSession: 8201,
  // gms-chat-v2.md §3: client removed after flex-disconnect-timeout [COMMUNITY]
  clientRemovedAfterTimeout: 8209,
  // gms-chat-v2.md §3: bad secure key, the client is removed from the session [COMMUNITY]
  badSecureKey: 8210,
} as const

/**
 * Error codes carried in `errors[].code` of non-2xx replies.
 * The error body shape `{statusCode, chatEnded, errors:[{code, advice}]}` is real-widget.md §2.3.
 */
export const GMS_ERROR_CODES = /* @__PURE__ */ Object.assign(
  {
    // [PROP] a parameter is missing or malformed (`advice` names it); no documented GMS code exists for this
    invalidParameter: 100,
    // gms-chat-v2.md §3: "cannot enter chat, try again" [CODE-JSW]
    chatUnavailable: 102,
    // gms-chat-v2.md §3: "cannot enter chat, try again" [CODE-JSW]
    chatNotReady: 103,
    // real-widget.md §2.3: a 400 with code 161 for calls made with no chat (empty chatId) (run)
    noChat: 161,
    // gms-chat-v2.md §3: message too long [CODE-JSW]; refresh replies drop 204 entries (real-widget.md §2.3)
    messageTooLong: 204,
    // real-widget.md §2.3: the widget reports errorReason "InvalidService" for code 306
    invalidService: 306,
  } as const,
  SESSION_LOST,
)

/** Error codes meaning the server no longer knows this client (TransportFailure kind `session-lost`). */
export const GMS_SESSION_LOST_CODES: readonly number[] = Object.values(SESSION_LOST)

/**
 * Upload refusals in `errors[].code` and the sendFile rejection row each one is (TransportFailure.fileRefusal).
 * [PROP] GMS documents no codes for these; chatwire's mock server sends the PureEngage v3 names (pureengage-v3.md §10).
 */
export const GMS_FILE_REFUSAL_CODES: Readonly<
  Record<string, 'invalid-type' | 'upload-limit' | 'size-limit'>
> = {
  // the file's extension is not in upload-file-types
  INVALID_FILE_TYPE: 'invalid-type',
  // the file is larger than upload-max-file-size (or the total over upload-max-total-size)
  LIMIT_FILE_SIZE: 'size-limit',
  // upload-max-files reached
  LIMIT_FILE_COUNT: 'upload-limit',
}

/** The Notice text that carries the file limits (gms-chat-v2.md §2.11, §5 [CODE-BALK]). */
export const GMS_FILE_LIMITS_NOTICE_TEXT = 'file-client-cfg-get'

/**
 * `eventAttributes` of the custom notice `wake` sends, with no `message`: it asks the server to cancel the
 * customer's idle timer (real-widget.md §2.2 [CODE]).
 */
export const GMS_CANCEL_IDLE_TIMER_ATTRIBUTES = '{"purpose":"cancel-idle-timer"}'

/** Top-level `userData` key of the upload reply holding the new file id (gms-chat-v2.md §2.11 [CODE-GMSLIB]). */
export const GMS_FILE_ID_KEY = 'file-id'

/** The API key header: `apikey: <key>` (real-widget.md §2.1 and §2.8, settled (run); not `x-api-key`). */
export const GMS_APIKEY_HEADER = 'apikey'

/** Request body content type: exactly this, no charset (real-widget.md §2.1 (run)). */
export const GMS_FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded'
