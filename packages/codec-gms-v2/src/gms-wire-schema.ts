// The valibot schemas of GMS replies: the single definition of each shape, for the server half and the tests.
// The client decodes with the hand-written checks of check-wire-reply.ts and check-wire-event.ts (no valibot in
// the browser path); test/check-wire-reply.test.ts proves they accept exactly what these schemas accept, with
// the same output.
import * as v from 'valibot'
import { emptyMap } from './form-codec.js'
import { GMS_PARTY_TYPES } from './gms-protocol.js'

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * `object<string,string>` (gms-chat-v2.md §3, §4 userData). Unlike `v.record`, keys such as `__proto__`
 * and `constructor` are kept, as plain keys of a prototype-free copy (never polluting any prototype).
 */
export const GmsStringMapSchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'expected an object of strings'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const input = dataset.value as Record<string, unknown>
    for (const key of Object.keys(input)) {
      const value = input[key]
      if (typeof value !== 'string') {
        addIssue({
          message: `expected a string, got ${value === null ? 'null' : typeof value}`,
          path: [{ type: 'object', origin: 'value', input, key, value }],
        })
      }
    }
  }),
  v.transform((input): Readonly<Record<string, string>> => {
    const out = emptyMap<string>()
    for (const key of Object.keys(input)) out[key] = input[key] as string
    return out
  }),
)

/** Any JSON object (e.g. `eventAttributes`), kept as sent. */
export const GmsJsonObjectSchema = v.custom<Readonly<Record<string, unknown>>>(
  isPlainObject,
  'expected an object',
)

/** An integer, with the issue `v.pipe(v.number(), v.integer())` gives. */
const integer = v.pipe(
  v.number(),
  v.rawCheck(({ dataset, addIssue }) => {
    if (dataset.typed && !Number.isInteger(dataset.value))
      addIssue({ message: `Invalid integer: Received ${dataset.value}` })
  }),
)

/** `number | string` (an error `code`), with the issue `v.union([v.number(), v.string()])` gives. */
const numberOrString = v.custom<number | string>(
  (input) => typeof input === 'string' || (typeof input === 'number' && !Number.isNaN(input)),
  (issue) => `Invalid type: Expected (number | string) but received ${issue.received}`,
)

/** One of `options`, with the issue `v.picklist(options)` gives (`Expected ("Client" | "Agent" | …)`). */
function oneOf<const T extends readonly (string | number)[]>(options: T) {
  const expected = options.map((option) => JSON.stringify(option)).join(' | ')
  return v.custom<T[number]>(
    (input) => options.includes(input as T[number]),
    (issue) =>
      `Invalid type: Expected ${options.length > 1 ? `(${expected})` : expected} but received ${issue.received}`,
  )
}

const statusCode = oneOf([0, 1, 2])

/** `v.object(entries)`: the same issues and output (known keys only, in entry order), built on `looseObject`. */
export function knownKeys<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.looseObject(entries),
    v.transform((input) => {
      const out: Record<string, unknown> = {}
      for (const key in entries) if (key in input) out[key] = input[key]
      return out as v.InferOutput<v.ObjectSchema<E, undefined>>
    }),
  )
}

/** Party resource `from` (gms-chat-v2.md §4). */
export const GmsWirePartySchema = knownKeys({
  nickname: v.string(),
  participantId: integer,
  type: oneOf(GMS_PARTY_TYPES),
})

/** One element of `messages` (gms-chat-v2.md §4). `type` is any string: unknown types are kept. */
export const GmsWireEventSchema = knownKeys({
  from: GmsWirePartySchema,
  index: v.exactOptional(integer),
  type: v.string(),
  utcTime: integer,
  text: v.exactOptional(v.string()),
  messageType: v.exactOptional(v.string()),
  userData: v.exactOptional(GmsStringMapSchema),
  eventAttributes: v.exactOptional(GmsJsonObjectSchema),
})

/** An `errors[]` element; the element shape is [INF] (gms-chat-v2.md §3), the widget reads `{code, advice}`. */
export const GmsWireErrorSchema = knownKeys({
  code: numberOrString,
  advice: v.exactOptional(v.string()),
  message: v.exactOptional(v.string()),
})

/** The "Digital Channels Chat V2 Response Format" (gms-chat-v2.md §3; real-widget.md §2.3). */
export const GmsWireReplySchema = knownKeys({
  statusCode,
  alias: v.exactOptional(v.string()),
  chatEnded: v.exactOptional(v.boolean()),
  chatId: v.exactOptional(v.string()),
  messages: v.exactOptional(v.array(GmsWireEventSchema)),
  nextPosition: v.exactOptional(integer),
  secureKey: v.exactOptional(v.string()),
  userId: v.exactOptional(v.string()),
  userData: v.exactOptional(GmsStringMapSchema),
  errors: v.exactOptional(v.array(GmsWireErrorSchema)),
  // real-widget.md §2.3: passed on as messageReceived.idleTimeCountDown
  idleTimerExpire: v.exactOptional(v.number()),
})

/**
 * For `statusCode` 1/2 "other fields must not be trusted" (gms-chat-v2.md §3): only these are read,
 * and a malformed other field does not fail the decode.
 */
export const GmsWireStatusSchema = knownKeys({
  statusCode,
  chatEnded: v.exactOptional(v.boolean()),
  errors: v.exactOptional(v.array(GmsWireErrorSchema)),
})

export type GmsWireParty = v.InferOutput<typeof GmsWirePartySchema>
export type GmsWireEvent = v.InferOutput<typeof GmsWireEventSchema>
export type GmsWireError = v.InferOutput<typeof GmsWireErrorSchema>
export type GmsWireReply = v.InferOutput<typeof GmsWireReplySchema>

/** The body of a non-2xx reply, read when it has this shape (real-widget.md §2.3); other keys are ignored. */
export const GmsWireErrorBodySchema = knownKeys({
  statusCode: v.exactOptional(v.number()),
  chatEnded: v.exactOptional(v.boolean()),
  errors: v.exactOptional(v.array(GmsWireErrorSchema)),
})
