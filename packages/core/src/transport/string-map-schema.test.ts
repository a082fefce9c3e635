import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { stringMapSchema } from './string-map-schema.js'

/** success, output and (message, dot path) of every issue: what callers read. */
function outcome(schema: v.GenericSchema, input: unknown) {
  const result = v.safeParse(schema, input)
  return {
    success: result.success,
    output: result.success ? result.output : undefined,
    issues: result.issues?.map((issue) => [issue.message, v.getDotPath(issue)]),
  }
}

const inputs: unknown[] = [
  {},
  { a: 'x', b: 'y' },
  { a: 'x', b: 1, c: null, d: { e: 'f' } },
  ['a', 2],
  JSON.parse('{"__proto__":"x","constructor":"y","ok":"z"}'),
  Object.assign(Object.create({ inherited: 'i' }), { own: 'o' }),
  'text',
  null,
  undefined,
  7,
]

describe('stringMapSchema', () => {
  it('gives what valibot record of strings gives, default texts', () => {
    for (const input of inputs) {
      expect(outcome(stringMapSchema(), { map: input })).toEqual(
        outcome(v.record(v.string(), v.string()), { map: input }),
      )
      expect(outcome(v.object({ map: stringMapSchema() }), { map: input })).toEqual(
        outcome(v.object({ map: v.record(v.string(), v.string()) }), { map: input }),
      )
    }
  })

  it('gives what valibot record of strings gives, own texts, nested paths', () => {
    const messages = { object: 'must be an object', value: 'must be a string' }
    const ours = v.object({ headers: stringMapSchema(messages) })
    const record = v.object({ headers: v.record(v.string(), v.string(messages.value), messages.object) })
    for (const input of inputs)
      expect(outcome(ours, { headers: input })).toEqual(outcome(record, { headers: input }))
    expect(outcome(ours, { headers: { k: 1 } }).issues).toEqual([['must be a string', 'headers.k']])
  })
})
