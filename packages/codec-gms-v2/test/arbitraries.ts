import fc from 'fast-check'
import { GMS_EVENT_TYPES, GMS_PARTY_TYPES, type GmsRequest, type UserDataMap } from '../src/index.js'

/** Number of generated inputs per property: ≥ 10,000 for decoders in the test run; the soak script raises it. */
export const RUNS = Number(process.env.GMS_PROPERTY_RUNS ?? 10_000)
export const ROUND_TRIP_RUNS = Math.max(1_000, Math.floor(RUNS / 5))

export const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
)
const risky = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty')

/** A prototype-free map built from entries, so `__proto__` stays a key and never a prototype. */
function mapOf<T>(entries: [string, T][]): Record<string, T> {
  const out = Object.create(null) as Record<string, T>
  for (const [k, v] of entries) out[k] = v
  return out
}

export const stringMap = fc.array(fc.tuple(fc.oneof(text, risky), text), { maxLength: 5 }).map(mapOf)

/** Keys that survive the bracket encoding: non-empty, no `[` or `]`. */
const formKey = fc.oneof(
  fc.string({ minLength: 1 }).filter((k) => !/[[\]]/.test(k)),
  risky,
)
const flatForm = fc.array(fc.tuple(formKey, text), { maxLength: 4 }).map(mapOf<string | UserDataMap>)
export const userDataMap: fc.Arbitrary<UserDataMap> = fc
  .tuple(
    flatForm,
    fc.array(fc.tuple(formKey, fc.array(fc.tuple(formKey, text), { minLength: 1, maxLength: 3 })), {
      maxLength: 2,
    }),
  )
  .map(([flat, nested]) => {
    const out = mapOf<string | UserDataMap>([])
    for (const [k, v] of Object.entries(flat)) out[k] = v
    for (const [k, entries] of nested) out[k] = mapOf(entries)
    return out
  })

const knownTypes = Object.keys(GMS_EVENT_TYPES)
const attributes = fc.oneof(
  fc.constant({ GCTI_SYSTEM: { 'party-info': { style: 'BOT' } } }),
  fc.record({
    'structured-content': fc.record({ 'genesys-chat': fc.record({ content: fc.record({ text }) }) }),
  }),
  fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
)

/** A valid wire event (gms-chat-v2.md §4), optional fields sometimes present. */
export const wireEvent = fc.record(
  {
    from: fc.record({
      nickname: text,
      participantId: fc.integer({ min: 0, max: 1_000_000 }),
      type: fc.constantFrom(...GMS_PARTY_TYPES),
    }),
    index: fc.integer({ min: 1, max: 2 ** 31 }),
    type: fc.oneof(fc.constantFrom(...knownTypes), fc.string()),
    utcTime: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    text,
    messageType: text,
    userData: stringMap,
    eventAttributes: attributes,
  },
  { requiredKeys: ['from', 'type', 'utcTime'] },
)

/**
 * Bad events: a valid event with one value of the event or of its `from` replaced by junk, set to undefined
 * (present but undefined: only a non-JSON caller can send that) or removed; or any JSON value.
 */
export const badWireEvent = fc.oneof(
  fc
    .tuple(
      wireEvent,
      fc.jsonValue({ maxDepth: 2 }),
      fc.nat(),
      fc.boolean(),
      fc.constantFrom('replace', 'undefined', 'remove'),
    )
    .map(([event, junk, n, inFrom, how]) => {
      const copy = JSON.parse(JSON.stringify(event)) as Record<string, unknown>
      const target = (inFrom ? copy.from : copy) as Record<string, unknown>
      const key = Object.keys(target)[n % Object.keys(target).length] as string
      if (how === 'remove') delete target[key]
      else target[key] = how === 'undefined' ? undefined : junk
      return copy as unknown
    }),
  fc.jsonValue({ maxDepth: 3 }),
)

export const wireReply = fc.record(
  {
    statusCode: fc.constantFrom(0, 1, 2),
    alias: text,
    chatEnded: fc.boolean(),
    chatId: text,
    messages: fc.array(wireEvent, { maxLength: 4 }),
    nextPosition: fc.nat(),
    secureKey: text,
    userId: text,
    userData: stringMap,
  },
  { requiredKeys: ['statusCode'] },
)

/** Bad bodies: truncated valid replies, arbitrary JSON, valid replies with one value replaced. */
export const badReplyText = fc.oneof(
  fc.tuple(wireReply, fc.nat()).map(([r, n]) => {
    const s = JSON.stringify(r)
    return s.slice(0, n % (s.length + 1))
  }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''),
  fc.tuple(wireReply, fc.jsonValue({ maxDepth: 2 }), fc.nat()).map(([r, junk, n]) => {
    const messages = (r.messages ?? []) as Record<string, unknown>[]
    const target =
      messages.length > 0
        ? (messages[n % messages.length] as Record<string, unknown>)
        : (r as Record<string, unknown>)
    const keys = Object.keys(target)
    target[keys[n % keys.length] ?? 'statusCode'] = junk
    return JSON.stringify(r)
  }),
  fc.string(),
  fc.constant('{"statusCode":0,"userData":{"__proto__":{"polluted":"yes"},"constructor":"c"}}'),
)

const id = fc.string({ minLength: 1 }).filter((s) => s !== '.' && s !== '..')
const identity = fc.record({ alias: text, secureKey: text, userId: text })
const session = { chatId: id, identity }
const position = fc.nat({ max: 2 ** 31 })
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined })
const jsonObject = fc
  .dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })
  .map((o) => JSON.parse(JSON.stringify(o)) as Record<string, unknown>)

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/** Every GMS request except the upload (its Blob is checked separately). */
export const gmsRequest: fc.Arbitrary<GmsRequest> = fc.oneof(
  fc
    .record({
      operation: fc.constant('requestChat' as const),
      nickname: text,
      firstName: text,
      lastName: text,
      emailAddress: text,
      subject: text,
      text,
      userData: userDataMap,
      endpoint: opt(text),
    })
    .map(compact),
  fc
    .record({
      operation: fc.constant('send' as const),
      ...session,
      message: text,
      messageType: opt(text),
      transcriptPosition: opt(position),
      eventAttributes: opt(jsonObject),
    })
    .map(compact),
  fc
    .record({
      operation: fc.constantFrom('startTyping' as const, 'stopTyping' as const),
      ...session,
      message: opt(text),
      transcriptPosition: opt(position),
    })
    .map(compact),
  fc
    .record({
      operation: fc.constant('refresh' as const),
      ...session,
      message: opt(text),
      transcriptPosition: opt(position),
    })
    .map(compact),
  fc.record({ operation: fc.constantFrom('disconnect' as const, 'fileLimits' as const), ...session }),
  fc.record({ operation: fc.constant('pushUrl' as const), ...session, pushUrl: text }),
  fc.record({ operation: fc.constant('updateNickname' as const), ...session, nickname: text }),
  fc
    .record({
      operation: fc.constant('customNotice' as const),
      ...session,
      message: opt(text),
      eventAttributes: opt(jsonObject),
    })
    .map(compact),
  fc.record({ operation: fc.constant('updateData' as const), ...session, userData: userDataMap }),
  fc.record({ operation: fc.constant('readReceipt' as const), ...session, transcriptPosition: position }),
  fc.record({
    operation: fc.constantFrom('fileDownload' as const, 'fileDelete' as const),
    ...session,
    fileId: id,
  }),
) as fc.Arbitrary<GmsRequest>

/** Arbitrary, mostly wrong, HTTP requests for the server half. */
export const anyHttpRequest = fc.record({
  method: fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT'),
  path: fc.oneof(
    fc.constantFrom(
      '',
      '/',
      '//refresh',
      '/refresh',
      '/c/send',
      '/c/refresh',
      '/c/file',
      '/c/file/limits',
      '/c/file/x/delete',
      '/c/readReceipt',
      '/c/updateData',
      '/c/customNotice',
      '/c/pushUrl',
      '/c/%E0%A4%A',
      '/c/a/b/c/d',
    ),
    fc.string().map((s) => `/${encodeURIComponent(s)}`),
  ),
  contentType: fc.constantFrom(
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'text/plain',
    '',
  ),
  body: fc.oneof(
    fc
      .array(
        fc.tuple(
          fc.oneof(
            fc.string(),
            risky.map((k) => `userData[${k}]`),
            fc.constantFrom(
              'userData[a]',
              'userData[a][b]',
              'userData[]',
              'transcriptPosition',
              'eventAttributes',
              'message',
              'userData[__proto__][polluted]',
            ),
          ),
          fc.string(),
        ),
      )
      .map((e) => new URLSearchParams(e).toString()),
    fc.string(),
  ),
})
