import { pathStep } from './decode-issues.js'
import { emptyMap } from './form-codec.js'

/**
 * What a failed check returns: the message and the path from the checked value down to the bad one. Parents
 * prepend their step on the way up, so a path is only built when something is wrong.
 */
export class ShapeIssue {
  path = ''
  constructor(readonly message: string) {}
}

/** A hand-written shape check: the checked output (known keys only, maps prototype-free), or what was wrong. */
export type Check<T = unknown> = (value: unknown) => T | ShapeIssue

/** How a message names the received value: null, numbers and booleans as written, others by their JSON type. */
const received = (value: unknown): string =>
  value === null || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : Array.isArray(value)
      ? 'array'
      : typeof value

export const expected = (what: string, value: unknown) =>
  new ShapeIssue(`expected ${what}, got ${received(value)}`)

/** A check that keeps the value as it is when `test` passes. */
export const is =
  (test: (value: unknown) => boolean, what: string): Check =>
  (value) =>
    test(value) ? value : expected(what, value)

/** Like `v.number()`: any number but NaN. */
export const isNumber = (value: unknown) => typeof value === 'number' && !Number.isNaN(value)
/** Any non-null object, arrays included: what valibot's object schemas look into. */
export const isObjectLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  isObjectLike(value) && !Array.isArray(value)

// the two checks of nearly every field are written out: a call less per field on the hot path
export const string: Check = (value) => (typeof value === 'string' ? value : expected('a string', value))
export const integer: Check = (value) => (Number.isInteger(value) ? value : expected('an integer', value))
export const boolean = is((value) => typeof value === 'boolean', 'a boolean')
export const number = is(isNumber, 'a number')
/** Any JSON object, kept as sent (e.g. `eventAttributes`). */
export const jsonObject = is(isPlainObject, 'an object')

export const oneOf = (options: readonly unknown[]): Check =>
  is((value) => options.includes(value), `one of ${options.join(', ')}`)

/** Prepends the step to `key` to the issue's path. */
export function at(issue: ShapeIssue, key: string | number): ShapeIssue {
  issue.path = pathStep(key) + issue.path
  return issue
}

/** An array whose every element passes `item`. */
export const arrayOf =
  (item: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return expected('an array', value)
    const out = new Array<unknown>(value.length)
    for (let i = 0; i < value.length; i++) {
      const checked = item(value[i])
      if (checked instanceof ShapeIssue) return at(checked, i)
      out[i] = checked
    }
    return out
  }

/** `object<string,string>`: kept as a prototype-free copy, so `__proto__` stays a plain key. */
export const stringMap: Check = (value) => {
  if (!isPlainObject(value)) return expected('an object of strings', value)
  const out = emptyMap<string>()
  for (const key of Object.keys(value)) {
    const item = value[key]
    if (typeof item !== 'string') return at(expected('a string', item), key)
    out[key] = item
  }
  return out
}

/**
 * An object with the entries of `fields` it has, plus `required` (checked even when absent). Like valibot's
 * object schemas, any non-null object is looked into (an array then misses its keys), an entry present as
 * undefined must pass its check (`exactOptional`) and only the known keys are kept.
 */
export const object =
  (fields: Readonly<Record<string, Check>>, required?: string): Check =>
  (value) => {
    if (!isObjectLike(value)) return expected('an object', value)
    const out: Record<string, unknown> = {}
    for (const key in fields) {
      if (key !== required && !(key in value)) continue
      const checked = (fields[key] as Check)(value[key])
      if (checked instanceof ShapeIssue) return at(checked, key)
      out[key] = checked
    }
    return out
  }
