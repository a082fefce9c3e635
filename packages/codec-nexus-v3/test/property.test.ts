import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  decodeClientToken,
  decodeForm,
  encodeBase64Url,
  encodeForm,
  NEXUS_ERROR_CODES,
  readLeaveReply,
  readMessagesReply,
  readNexusRequest,
  readSendReply,
  readStartReply,
  readUploadReply,
  readUserDataReply,
  writeNexusRequestError,
} from '../src/index.js'
import { httpStatus, RUNS, roughBody, roughMessagesBody, roughWireEvent } from './arbitraries.js'
import { decodeMessages } from './valibot-readers.js'

const KINDS = new Set([
  'network',
  'timeout',
  'aborted',
  'http',
  'server',
  'session-lost',
  'decode',
  'rejected',
])

/** Every reader answers with a value: ok, or a known failure kind whose decode issues name a path. */
function wellFormed(result: {
  ok: boolean
  kind?: string
  issues?: readonly { path: string; message: string }[]
}) {
  if (result.ok) return
  expect(KINDS.has(result.kind as string)).toBe(true)
  if (result.kind === 'decode') {
    expect(result.issues?.length).toBeGreaterThan(0)
    for (const issue of result.issues ?? []) expect(typeof issue.path).toBe('string')
  }
}

afterEach(() => {
  // no input may pollute Object.prototype
  expect(Object.keys(Object.prototype)).toEqual([])
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

describe(`client decoders never throw (${RUNS} runs each)`, () => {
  it('readMessagesReply', () => {
    const outcomes = new Set<string>()
    fc.assert(
      fc.property(httpStatus, roughMessagesBody, (status, body) => {
        const result = readMessagesReply(status, body)
        wellFormed(result)
        outcomes.add(result.ok ? 'ok' : result.kind)
      }),
      { numRuns: RUNS },
    )
    expect([...outcomes].sort()).toEqual(['decode', 'http', 'ok', 'server', 'session-lost'])
  })

  it('events: accepts exactly what the valibot reference accepts, with equal values', () => {
    let accepted = 0
    fc.assert(
      fc.property(fc.array(roughWireEvent, { minLength: 1, maxLength: 3 }), (messages) => {
        const text = JSON.stringify({ data: { messages } })
        const got = readMessagesReply(200, text)
        const want = decodeMessages(JSON.parse(text))
        expect(got.ok).toBe(want.ok)
        if (got.ok && want.ok) {
          accepted++
          expect(got.value).toEqual(want.value)
        } else if (!got.ok && !want.ok) {
          expect(want.issues?.map((issue) => issue.path)).toContain(got.issues?.[0]?.path)
        }
      }),
      { numRuns: RUNS },
    )
    // both branches must be exercised for the comparison to mean anything
    expect(accepted).toBeGreaterThan(RUNS / 100)
    expect(accepted).toBeLessThan(RUNS)
  })

  it('readStartReply and decodeClientToken', () => {
    const payload = fc.record(
      {
        sessionId: fc.oneof(fc.uuid(), fc.string(), fc.integer()),
        transportId: fc.oneof(fc.uuid(), fc.string()),
        participantId: fc.oneof(fc.uuid(), fc.constant('')),
        __proto__: fc.string(),
      },
      { requiredKeys: [] },
    )
    const token = fc.oneof(
      payload.map((p) => `eyJhbGciOiJIUzI1NiJ9.${encodeBase64Url(JSON.stringify(p))}.sig`),
      fc.string({ maxLength: 40 }),
      fc.tuple(fc.string(), fc.string(), fc.string()).map((parts) => parts.join('.')),
    )
    fc.assert(
      fc.property(httpStatus, token, roughBody, (status, t, other) => {
        const reply = readStartReply(status, JSON.stringify({ data: { clientToken: t } }))
        wellFormed(reply)
        wellFormed(readStartReply(status, other))
        const decoded = decodeClientToken(t)
        if (decoded.ok) {
          expect(Object.keys(decoded.value).sort()).toEqual(['participantId', 'sessionId', 'transportId'])
          if (reply.ok) expect(reply.value).toEqual({ ...decoded.value, token: t })
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('readSendReply, readUploadReply, readUserDataReply, readLeaveReply', () => {
    fc.assert(
      fc.property(httpStatus, roughBody, (status, body) => {
        wellFormed(readSendReply(status, body))
        wellFormed(readUploadReply(status, body))
        const ud = readUserDataReply(status, body)
        wellFormed(ud)
        if (ud.ok && ud.value.userData !== undefined)
          expect(Object.getPrototypeOf(ud.value.userData)).toBeNull()
        wellFormed(readLeaveReply(status, body))
      }),
      { numRuns: RUNS },
    )
  })
})

const formKey = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 5 }),
        fc.constantFrom('__proto__', 'constructor', 'prototype', '', 'polluted'),
      ),
      {
        minLength: 1,
        maxLength: 5,
      },
    )
    .map(([head, ...rest]) => `${head}${rest.map((r) => `[${r}]`).join('')}`),
)
const formPairs = fc.array(fc.tuple(formKey, fc.string({ maxLength: 8 })), { maxLength: 8 })

describe(`form and server decoders never throw (${RUNS} runs each)`, () => {
  it('decodeForm: prototype-free results or a refusal naming the key', () => {
    fc.assert(
      fc.property(formPairs, (pairs) => {
        const result = decodeForm(new URLSearchParams(pairs))
        if (result.ok) expect(Object.getPrototypeOf(result.value)).toBeNull()
        else expect(pairs.some(([k]) => k === result.key)).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })

  it('encodeForm → decodeForm preserves nested string maps', () => {
    const key = fc.string({ minLength: 1, maxLength: 6 }).filter((k) => !/[[\]]/.test(k))
    const tree = fc.letrec((tie) => ({
      node: fc.dictionary(key, fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 6 }), tie('node')), {
        maxKeys: 3,
      }),
    })).node
    fc.assert(
      fc.property(tree, (data) => {
        const decoded = decodeForm(new URLSearchParams(encodeForm({ data }).toString()))
        const plain = (v: unknown): unknown =>
          typeof v === 'object' && v !== null
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]))
            : v
        const empty = (v: unknown): boolean =>
          typeof v === 'object' && v !== null && Object.values(v).every((x) => empty(x))
        if (empty(data)) return // empty maps have no form pairs at all
        expect(decoded.ok && plain(decoded.value.data)).toEqual(plain(prune(data)))
      }),
      { numRuns: RUNS },
    )
  })

  it('readNexusRequest: a typed request or the v3 error body, never a throw', async () => {
    const segment = fc.oneof(
      fc.constantFrom('s1', 'messages', 'images', 'userdata', 'participants', 'undefined', '%E0%A4%A', '..'),
      fc.string({ maxLength: 6 }).map(encodeURIComponent),
    )
    const request = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
      path: fc.array(segment, { maxLength: 4 }),
      query: fc.array(
        fc.tuple(fc.constantFrom('index', 'count', 'operationId', 'x'), fc.string({ maxLength: 6 })),
        {
          maxLength: 3,
        },
      ),
      body: formPairs,
      clientKey: fc.option(fc.string({ maxLength: 10 }).filter((s) => /^[\x21-\x7e]*$/.test(s))),
    })
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const url = `http://h/nexus/v3/chat/sessions/${r.path.join('/')}?${new URLSearchParams(r.query)}`
        const init: RequestInit = {
          method: r.method,
          headers: r.clientKey ? { 'x-nexus-client-key': r.clientKey } : {},
        }
        if (r.method !== 'GET') init.body = new URLSearchParams(r.body).toString()
        const result = await readNexusRequest(new Request(url, init))
        if (!result.ok) {
          expect(Object.hasOwn(NEXUS_ERROR_CODES, result.body.status.code)).toBe(true)
          expect(writeNexusRequestError(result).status).toBe(result.httpStatus)
        }
      }),
      { numRuns: RUNS },
    )
  })
})

/** Drops empty nested maps (they encode to nothing). */
function prune(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    const p = prune(v)
    if (typeof p === 'object' && p !== null && Object.keys(p).length === 0) continue
    out[k] = p
  }
  return out
}
