import type { Shape } from './check-shape.js'

/**
 * The v3 reply bodies as `checkShape` shapes, for the client (pureengage-v3.md §2–§3, §6). Each mirrors the
 * valibot schema of the same name in wire-schemas.ts, which stays the reference for the server half and the
 * tests; test/shape-agreement.test.ts checks that both accept the same bodies.
 */

// the field types, named once (the shapes repeat them)
const STRING = 'string'
const BOOLEAN = 'boolean'
const STRING_OR_NUMBER = 'string or number'

/** `status` of the envelope: code 'SUCCESS' / 'INVALID_SESSION' or an integer (§2). */
export const WIRE_STATUS_SHAPE = { 'code?': STRING_OR_NUMBER, 'message?': STRING } as const satisfies Shape

/** Every reply is an envelope whose `status` may be missing (§2 "Success envelope"). */
const ENVELOPE = { 'status?': WIRE_STATUS_SHAPE } as const

/** `userData` of an event: a map of strings (§6), every own data key checked (`isDataKey`). */
export const WIRE_USER_DATA_SHAPE = { '*': STRING } as const satisfies Shape

/** One element of `data.messages` (§6); `content` is any JSON, so it is not checked. */
export const WIRE_EVENT_SHAPE = {
  // `<ms>-<seq>` or a number
  index: STRING_OR_NUMBER,
  type: STRING,
  // ms epoch
  utcTime: 'number',
  from: { 'nickname?': STRING, 'firstName?': STRING, type: STRING, participantId: STRING },
  'text?': STRING,
  'url?': STRING,
  'contentType?': STRING,
  'userData?': WIRE_USER_DATA_SHAPE,
} as const satisfies Shape

/** E3 reply (§3 E3); a missing `chatEnded` reads as false ([PROP]). */
export const MESSAGES_REPLY_SHAPE = {
  ...ENVELOPE,
  data: { messages: [WIRE_EVENT_SHAPE], 'chatEnded?': BOOLEAN },
} as const satisfies Shape

/**
 * The E3 envelope alone: `data.messages` is an array of objects, each read by readWireEvent (which holds it
 * to WIRE_EVENT_SHAPE) instead of a second walk.
 */
export const MESSAGES_ENVELOPE_SHAPE = {
  ...ENVELOPE,
  data: { messages: ['object'], 'chatEnded?': BOOLEAN },
} as const satisfies Shape

/** E1/E2 reply: `data.clientToken` is required, `data.entity` optional and unused (§3 E1). */
export const START_REPLY_SHAPE = {
  ...ENVELOPE,
  data: { clientToken: STRING, 'entity?': { 'id?': STRING, 'selfUri?': STRING } },
} as const satisfies Shape

/** E4 reply: the widget reads a top-level `chatEnded` (§3 E4); chatwire also accepts `data.chatEnded`. */
export const SEND_REPLY_SHAPE = {
  ...ENVELOPE,
  'chatEnded?': BOOLEAN,
  'data?': { 'chatEnded?': BOOLEAN },
} as const satisfies Shape

/** E5 reply: nothing is required (§3 E5); chatwire's server writes `data:{id, url, mime}` ([PROP]). */
export const UPLOAD_REPLY_SHAPE = {
  ...ENVELOPE,
  'data?': { 'id?': STRING, 'url?': STRING, 'mime?': STRING },
} as const satisfies Shape

/** E7 reply ([PROP] §3 E7): `data.userData` = the merged attached data. */
export const USER_DATA_REPLY_SHAPE = {
  ...ENVELOPE,
  'data?': { 'userData?': 'object' },
} as const satisfies Shape
