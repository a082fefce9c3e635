import type { DecodeIssue } from '@chatwire/core'
import { isDataKey } from './own-fields.js'

/** The JSON types a field can be required to hold. */
export type WireType = 'string' | 'number' | 'boolean' | 'string or number' | 'object'

/**
 * The shape of a JSON value, as plain data: a type name, a list of one shape (`[item]`: an array of items),
 * or an object of field shapes (a loose object: other fields are allowed and kept). A field name ending in
 * `?` may be absent; the field `'*'` stands for every own data key (`isDataKey`). wire-shapes.ts holds the v3
 * shapes.
 */
export type Shape = WireType | readonly [Shape] | { readonly [field: string]: Shape }

/** An object as valibot's object schemas see it: any non-null object, arrays included. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** Whether `value` is of `type`, as valibot's string, number (not NaN), boolean and object schemas decide. */
function is(value: unknown, type: WireType): boolean {
  if (type === 'string or number') return is(value, 'string') || is(value, 'number')
  return type === 'object' ? isObject(value) : typeof value === type && !Number.isNaN(value)
}

/**
 * Where `value` first differs from `shape`, as a decode issue (`data.messages[3].from.type: expected string,
 * got number`); `undefined` when it has the shape. The hand-written counterpart of the valibot schemas, so
 * the browser path needs no valibot: it accepts exactly what they accept (property-tested) and its issue is
 * at one of the paths they report.
 */
export function checkShape(value: unknown, shape: Shape): DecodeIssue | undefined {
  const found = find(value, shape)
  if (found === undefined) return undefined
  let path = ''
  for (const step of found.steps) path += typeof step === 'number' ? `[${step}]` : path ? `.${step}` : step
  return { path, message: found.message }
}

/** A mismatch: the keys and indexes leading to it (a path is only built for a refusal) and what was wrong. */
interface Mismatch {
  readonly steps: (string | number)[]
  readonly message: string
}

function find(value: unknown, shape: Shape): Mismatch | undefined {
  if (typeof shape === 'string') return is(value, shape) ? undefined : mismatch(shape, value)
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return mismatch('array', value)
    for (let i = 0; i < value.length; i++) {
      const found = find(value[i], shape[0])
      if (found) return within(i, found)
    }
    return undefined
  }
  if (!isObject(value)) return mismatch('object', value)
  for (const [field, fieldShape] of Object.entries(shape)) {
    const optional = field.endsWith('?')
    const key = optional ? field.slice(0, -1) : field
    if (key === '*') {
      for (const name of Object.keys(value)) {
        const found = isDataKey(name) ? find(value[name], fieldShape) : undefined
        if (found) return within(name, found)
      }
    } else if (!optional || value[key] !== undefined) {
      const found = find(value[key], fieldShape)
      if (found) return within(key, found)
    }
  }
  return undefined
}

function mismatch(expected: string, value: unknown): Mismatch {
  const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
  return { steps: [], message: `expected ${expected}, got ${got}` }
}

function within(step: string | number, found: Mismatch): Mismatch {
  found.steps.unshift(step)
  return found
}
