import { stringMapSchema } from '@chatwire/core'
import * as v from 'valibot'

/**
 * valibot schemas of every v3 reply body (pureengage-v3.md §2–§3, §6). Objects are loose: servers may
 * add fields, and the raw wire objects are kept for `originalMessages`. The reference for servers and
 * tests; the browser client checks the same shapes by hand (wire-shapes.ts, held to these by a property test).
 */

/** `string | number`, with the issue `v.union([v.string(), v.number()])` gives, as one small check. */
const stringOrNumber = v.custom<string | number>(
  (input) => typeof input === 'string' || (typeof input === 'number' && !Number.isNaN(input)),
  (issue) => `Invalid type: Expected (string | number) but received ${issue.received}`,
)

/** Any object, own keys copied (the same output and issues as `v.record(v.string(), v.unknown())`). */
const anyObject = v.looseObject({}) as v.GenericSchema<Record<string, unknown>>

/** `status` of the envelope: `{code, message}`; code is a string ('SUCCESS', 'INVALID_SESSION') or an integer (§2). */
export const WireStatusSchema = v.looseObject({
  code: v.optional(stringOrNumber),
  message: v.optional(v.string()),
})

/** `from` of an event (§6): `{nickname, firstName?, type, participantId}`. */
export const WirePartySchema = v.looseObject({
  nickname: v.optional(v.string()),
  firstName: v.optional(v.string()),
  type: v.string(),
  participantId: v.string(),
})

/** One element of `data.messages` (§6). `index` is `<ms>-<seq>` (or a number); `utcTime` ms epoch. */
export const WireEventSchema = v.looseObject({
  index: stringOrNumber,
  type: v.string(),
  utcTime: v.number(),
  from: WirePartySchema,
  text: v.optional(v.string()),
  url: v.optional(v.string()),
  contentType: v.optional(v.string()),
  content: v.optional(v.unknown()),
  userData: v.optional(stringMapSchema()),
})

/** E3 reply: `{status, data:{messages, chatEnded}}` (§3 E3). `chatEnded` may be missing ([PROP]: false). */
export const MessagesReplySchema = v.looseObject({
  status: v.optional(WireStatusSchema),
  data: v.looseObject({
    messages: v.array(WireEventSchema),
    chatEnded: v.optional(v.boolean()),
  }),
})

/** E3 envelope only: `data.messages` is any array (the events are WireEventSchema's). */
export const MessagesEnvelopeSchema = v.looseObject({
  status: v.optional(WireStatusSchema),
  data: v.looseObject({
    messages: v.array(v.unknown()),
    chatEnded: v.optional(v.boolean()),
  }),
})

/** E1/E2 reply: `data.clientToken` is required; `data.entity` is optional and ignored by the widget (§3 E1). */
export const StartReplySchema = v.looseObject({
  status: v.optional(WireStatusSchema),
  data: v.looseObject({
    clientToken: v.string(),
    entity: v.optional(
      v.looseObject({
        id: v.optional(v.string()),
        selfUri: v.optional(v.string()),
      }),
    ),
  }),
})

/** E4 reply: the widget reads only a top-level `chatEnded` (§3 E4); chatwire also accepts `data.chatEnded`. */
export const SendReplySchema = v.looseObject({
  status: v.optional(WireStatusSchema),
  chatEnded: v.optional(v.boolean()),
  data: v.optional(v.looseObject({ chatEnded: v.optional(v.boolean()) })),
})

/** E5 reply: nothing is required (§3 E5); chatwire's server writes `data:{id, url, mime}` ([PROP], specs NX-P07). */
export const UploadReplySchema = v.looseObject({
  status: v.optional(WireStatusSchema),
  data: v.optional(
    v.looseObject({
      id: v.optional(v.string()),
      url: v.optional(v.string()),
      mime: v.optional(v.string()),
    }),
  ),
})

/** E7 reply ([PROP] §3 E7): `data.userData` = the merged attached data. */
export const UserDataReplySchema = v.looseObject({
  status: v.optional(WireStatusSchema),
  data: v.optional(v.looseObject({ userData: v.optional(anyObject) })),
})

/** Error body (§2 "Error envelope", §10): `{status:{code, message}}`. */
export const ErrorReplySchema = v.looseObject({ status: WireStatusSchema })

export type WireStatus = v.InferOutput<typeof WireStatusSchema>
export type WireParty = v.InferOutput<typeof WirePartySchema>
export type WireEvent = v.InferOutput<typeof WireEventSchema>
export type MessagesReply = v.InferOutput<typeof MessagesReplySchema>
export type StartReply = v.InferOutput<typeof StartReplySchema>
export type SendReply = v.InferOutput<typeof SendReplySchema>
export type UploadReply = v.InferOutput<typeof UploadReplySchema>
export type UserDataReply = v.InferOutput<typeof UserDataReplySchema>
export type ErrorReply = v.InferOutput<typeof ErrorReplySchema>
