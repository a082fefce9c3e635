import type { PartyType, TranscriptEvent } from '@chatwire/core'
import fc from 'fast-check'
import { NEXUS_EVENT_TYPES } from '../src/index.js'
import type { Shape, WireType } from '../src/wire/check-shape.js'

/** Runs per property: ≥ 10,000 in the test run; the soak script raises it with NEXUS_PROPERTY_RUNS. */
export const RUNS = Number(process.env.NEXUS_PROPERTY_RUNS ?? 10_000)

const SAFE_KEY = fc
  .string({ maxLength: 8 })
  .filter((k) => k !== '__proto__' && k !== 'prototype' && k !== 'constructor')
const KNOWN_WIRE_TYPES = Object.keys(NEXUS_EVENT_TYPES)
const PARTY_TYPES: PartyType[] = ['Client', 'Agent', 'Supervisor', 'Bot', 'External']

/** JSON values that survive JSON.stringify/parse unchanged (no -0). */
export const jsonContent = fc
  .jsonValue({ maxDepth: 3 })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown)

/** A neutral event whose index agrees with its wireIndex (ms·1000 + seq, seq < 1000), as decoding produces them. */
export const neutralEvent: fc.Arbitrary<TranscriptEvent> = fc
  .record(
    {
      ms: fc.integer({ min: 0, max: 2_000_000_000_000 }),
      seq: fc.integer({ min: 0, max: 999 }),
      numeric: fc.boolean(),
      wireType: fc.oneof(fc.constantFrom(...KNOWN_WIRE_TYPES), fc.string({ maxLength: 12 })),
      name: fc.string({ maxLength: 20 }),
      partyType: fc.constantFrom(...PARTY_TYPES),
      participantId: fc.string({ maxLength: 36 }),
      timestamp: fc.integer({ min: 0, max: 4_000_000_000_000 }),
      text: fc.string({ maxLength: 40 }),
      url: fc.webUrl(),
      messageType: fc.string({ maxLength: 10 }),
      userData: fc.dictionary(SAFE_KEY, fc.string({ maxLength: 10 }), { maxKeys: 4 }),
      content: jsonContent,
    },
    { requiredKeys: ['ms', 'seq', 'numeric', 'wireType', 'name', 'partyType', 'participantId', 'timestamp'] },
  )
  .map((r) => {
    const wireIndex = r.numeric ? r.ms : `${r.ms}-${r.seq}`
    const event: { -readonly [K in keyof TranscriptEvent]: TranscriptEvent[K] } = {
      index: r.numeric ? r.ms : r.ms * 1000 + r.seq,
      wireIndex,
      type: NEXUS_EVENT_TYPES[r.wireType] ?? 'Unknown',
      wireType: r.wireType,
      from: { name: r.name, type: r.partyType, participantId: r.participantId },
      timestamp: r.timestamp,
    }
    if (r.text !== undefined) event.text = r.text
    if (r.url !== undefined) event.url = r.url
    if (r.messageType !== undefined) event.messageType = r.messageType
    if (r.userData !== undefined) event.userData = Object.assign(Object.create(null), r.userData)
    if (r.content !== undefined) event.content = r.content
    return event
  })

/** Any JSON-ish value at a field: the right type often, a wrong one sometimes. */
const fieldValue = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 16 }) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, '1-2', '17-a', '--', '', '__proto__') },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
)

/** Mostly the right value, sometimes a random one. */
function mostly<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: fieldValue })
}

/** Drops one of the keys now and then. */
function sometimesDrop(keys: string[]) {
  return (record: Record<string, unknown>) =>
    fc.option(fc.constantFrom(...keys), { freq: 10 }).map((drop) => {
      const copy = { ...record }
      if (drop !== null) delete copy[drop]
      return copy
    })
}

/** Wire events that are valid, nearly valid or broken: a field swapped for a random value or dropped. */
export const roughWireEvent: fc.Arbitrary<unknown> = fc
  .record({
    index: mostly(
      fc.oneof(
        fc.tuple(fc.nat(), fc.nat(999)).map(([a, b]) => `${a}-${b}`),
        // the widget-style fallback: seq of 1000+, ms of 14+ digits, a leading or trailing '-'
        fc.tuple(fc.nat(), fc.integer({ min: 1000, max: 10_000_000 })).map(([a, b]) => `${a}-${b}`),
        fc.bigInt({ min: 10n ** 13n, max: 10n ** 16n }).map((ms) => `${ms}-1`),
        fc.nat().map((n) => `-${n}`),
        fc.nat().map((n) => `${n}-`),
        fc.nat(),
      ),
    ),
    type: mostly(fc.oneof(fc.constantFrom(...KNOWN_WIRE_TYPES), fc.string({ maxLength: 8 }))),
    utcTime: mostly(fc.nat()),
    from: mostly(
      fc
        .record({
          nickname: mostly(fc.string({ maxLength: 8 })),
          firstName: mostly(fc.string({ maxLength: 8 })),
          type: mostly(fc.constantFrom('Customer', 'Agent', 'Supervisor', 'Bot', 'External', 'System')),
          participantId: mostly(fc.uuid()),
        })
        .chain(sometimesDrop(['nickname', 'firstName', 'type', 'participantId', 'nickname', 'firstName'])),
    ),
    text: mostly(fc.string({ maxLength: 20 })),
    url: mostly(fc.webUrl()),
    contentType: mostly(fc.string({ maxLength: 8 })),
    content: fc.jsonValue({ maxDepth: 2 }),
    userData: mostly(
      fc.dictionary(
        fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'prototype')),
        fc.string({ maxLength: 6 }),
        { maxKeys: 3 },
      ),
    ),
  })
  .chain(
    sometimesDrop(['index', 'type', 'utcTime', 'from', 'text', 'url', 'contentType', 'content', 'userData']),
  )
  .map((event) => JSON.parse(JSON.stringify(event)) as unknown)

/** Reply bodies: rough events in a v3 envelope, arbitrary JSON, truncated JSON, random text. */
export const roughMessagesBody: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .record(
        {
          messages: fc.array(roughWireEvent, { maxLength: 6 }),
          chatEnded: fc.oneof(fc.boolean(), fieldValue),
          status: fc.oneof(
            fc.constant(undefined),
            fc.record({ code: fc.oneof(fc.constantFrom(0, 'SUCCESS', 'INVALID_SESSION'), fieldValue) }),
          ),
        },
        { requiredKeys: ['messages'] },
      )
      .map(({ status, ...data }) => JSON.stringify(status === undefined ? { data } : { status, data })),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.array(roughWireEvent, { maxLength: 3 }), fc.nat()).map(([m, cut]) => {
      const text = JSON.stringify({ data: { messages: m } })
      return text.slice(0, cut % (text.length + 1))
    }),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
)

/** Arbitrary JSON or text bodies for the small replies. */
export const roughBody: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        status: fc.record({ code: fieldValue, message: fieldValue }, { requiredKeys: [] }),
        data: fc.jsonValue({ maxDepth: 2 }),
        chatEnded: fieldValue,
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 40 }),
)

export const httpStatus = fc.oneof(
  fc.constant(200),
  fc.constantFrom(201, 204, 400, 401, 403, 404, 413, 429, 500, 503),
  fc.integer({ min: 200, max: 599 }),
)

/** Values a field may hold when the server gets it wrong (NaN only outside JSON bodies); cheap to generate. */
const wrongValue = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    [],
    {},
    '',
    0,
    -1,
    0.5,
    Number.NaN,
    ['a'],
    { a: 1 },
    '__proto__',
    '17-a',
  ),
  fc.integer(),
  fc.string({ maxLength: 4 }),
)

/** Values of a `string or number` field: status codes, v3 indexes, any string or number. */
const stringOrNumber = fc.oneof(
  fc.constantFrom(0, 'SUCCESS', 'INVALID_SESSION', 'INVALID_FILE_TYPE', 'LIMIT_FILE_SIZE', 'constructor'),
  fc.tuple(fc.nat(), fc.nat(1200)).map(([ms, seq]) => `${ms}-${seq}`),
  fc.constantFrom('17-a', '--', '', '1-2-3', 42, -7),
  fc.string({ maxLength: 6 }),
  fc.integer(),
)

/** Keys of maps: plain ones, odd ones, and the ones valibot drops. */
const mapKey = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.constantFrom('', 'a b', '[0]', '__proto__', 'constructor', 'prototype'),
)

const VALID: Record<WireType, fc.Arbitrary<unknown>> = {
  string: fc.string({ maxLength: 8 }),
  number: fc.integer(),
  boolean: fc.boolean(),
  'string or number': stringOrNumber,
  object: fc.dictionary(mapKey, fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant(null)), {
    maxKeys: 3,
  }),
}

/** Fields no shape names (loose objects allow and keep them). */
const extraFields = fc.option(fc.constantFrom({ extra: 1 }, { more: ['x'] }, { nested: { a: 'b' } }), {
  freq: 4,
})

/**
 * Values shaped mostly like `shape` (see checkShape): every field right most of the time, sometimes of a wrong
 * type, missing, or a whole object or array replaced; extra fields now and then.
 */
export function roughShaped(shape: Shape): fc.Arbitrary<unknown> {
  let valid: fc.Arbitrary<unknown>
  if (typeof shape === 'string') valid = VALID[shape]
  else if (Array.isArray(shape)) valid = fc.array(roughShaped(shape[0] as Shape), { maxLength: 3 })
  else {
    const fields = Object.entries(shape as Record<string, Shape>)
    const entries = fields.map(([field, fieldShape]) => {
      if (field === '*') return fc.dictionary(mapKey, roughShaped(fieldShape), { maxKeys: 3 })
      const key = field.replace(/\?$/, '')
      const absent = field.endsWith('?') ? 2 : 1
      return fc.option(
        roughShaped(fieldShape).map((value) => ({ [key]: value })),
        { freq: 12 / absent },
      )
    })
    // fromEntries defines own keys, so a `__proto__` key of a '*' map stays a key
    valid = fc
      .tuple(extraFields, ...entries)
      .map((parts) => Object.fromEntries(parts.flatMap((part) => Object.entries(part ?? {}))))
  }
  return fc.oneof({ weight: 15, arbitrary: valid }, { weight: 1, arbitrary: wrongValue })
}
