import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { checkWebChatConfig } from './check-webchat-config.js'
import type { ConfigIssue } from './parse-config.js'
import { WebChatConfigSchema } from './webchat-config-schema.js'

/** What the valibot schema (the definition) says: the output, or the issues as ConfigIssues. */
function bySchema(input: unknown): { output?: unknown; issues: ConfigIssue[] } {
  const result = v.safeParse(WebChatConfigSchema, input)
  if (result.success) return { output: result.output, issues: [] }
  const issues = result.issues.map((issue) => ({
    option: v.getDotPath(issue) ?? '(webchat)',
    message: `${v.getDotPath(issue) ?? 'webchat'} ${issue.message}`,
  }))
  return { issues }
}

function byChecker(input: unknown): { output?: unknown; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = []
  const output = checkWebChatConfig(input, issues)
  return issues.length > 0 ? { issues } : { output, issues }
}

/** Own enumerable keys set with defineProperty, so `__proto__` is a real key; sometimes over an inherited option. */
const toObject = ([entries, inherited]: [[string, unknown][], boolean]) => {
  const object: Record<string, unknown> = Object.create(
    inherited ? { ajaxTimeout: 'inherited', uiOption: 1 } : null,
  )
  for (const [key, value] of entries)
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
  return object
}

const keys = ['__proto__', 'constructor', 'prototype', 'toString', '', '0', 'x-api-key', 'emojis']
const anything = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(undefined, null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0.5),
  fc.constant(() => {}),
  fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 }),
)
const otherKey = fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 3 }))

/** An object of some of `options` (each with its arbitrary) and other keys, or sometimes anything at all. */
function objectOf(options: Record<string, fc.Arbitrary<unknown>>, other: fc.Arbitrary<unknown> = anything) {
  const entry = fc.oneof(
    fc.tuple(otherKey, other),
    ...Object.entries(options).map(([key, value]) => fc.tuple(fc.constant(key), fc.oneof(value, anything))),
  )
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.array(entry, { maxLength: 6 }), fc.boolean()).map(toObject) },
    { weight: 1, arbitrary: anything },
  )
}

const string = fc.string({ maxLength: 3 })
const number = fc.oneof(fc.nat(), fc.double())
const hook = fc.constant(() => undefined)
const config = objectOf({
  apikey: string,
  endpoint: string,
  dataURL: string,
  enableCustomHeader: fc.boolean(),
  userData: objectOf({}),
  ajaxTimeout: number,
  xhrFields: objectOf({}),
  pollExceptionLimit: number,
  restoreTimeout: number,
  transport: objectOf({
    type: string,
    dataURL: string,
    endpoint: string,
    headers: objectOf({}, fc.oneof(string, anything)),
    sleepEnabled: fc.boolean(),
    async: objectOf({
      enabled: fc.boolean(),
      getSessionData: hook,
      setSessionData: hook,
      deleteSessionData: hook,
    }),
  }),
})

describe('checkWebChatConfig', () => {
  it('accepts exactly what WebChatConfigSchema accepts, with the same output and the same issues', () => {
    fc.assert(
      fc.property(config, (input) => {
        expect(byChecker(input)).toStrictEqual(bySchema(input))
      }),
      { numRuns: 2000 },
    )
  })

  it('names each option that is wrong, every problem of it, in the schema order', () => {
    const issues: ConfigIssue[] = []
    checkWebChatConfig(
      {
        ajaxTimeout: Number.NEGATIVE_INFINITY,
        pollExceptionLimit: 1.5,
        transport: { headers: { a: 'x', b: 2 }, async: { enabled: 'yes', getSessionData: 1 } },
      },
      issues,
    )
    expect(issues).toEqual([
      { option: 'ajaxTimeout', message: 'ajaxTimeout must be finite' },
      { option: 'ajaxTimeout', message: 'ajaxTimeout must be ≥ 0' },
      { option: 'pollExceptionLimit', message: 'pollExceptionLimit must be an integer' },
      { option: 'transport.headers.b', message: 'transport.headers.b must be a string' },
      { option: 'transport.async.enabled', message: 'transport.async.enabled must be a boolean' },
      {
        option: 'transport.async.getSessionData',
        message: 'transport.async.getSessionData must be a function',
      },
    ])
    // arrays are objects to both
    expect(byChecker({ transport: [] })).toStrictEqual(bySchema({ transport: [] }))
  })
})
