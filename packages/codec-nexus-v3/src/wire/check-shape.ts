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
  const issue = find(value, shape)
  // the path of a refusal is built on the way back out, each key as `.key`: the first dot goes
  return issue && { path: issue.path.replace(/^\./, ''), message: issue.message }
}

function find(value: unknown, shape: Shape): DecodeIssue | undefined {
  if (typeof shape === 'string') return is(value, shape) ? undefined : mismatch(shape, value)
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return mismatch('array', value)
    for (let i = 0; i < value.length; i++) {
      const issue = find(value[i], shape[0])
      if (issue) return within(`[${i}]`, issue)
    }
    return undefined
  }
  if (!isObject(value)) return mismatch('object', value)
  for (const [field, fieldShape] of Object.entries(shape)) {
    const optional = field.endsWith('?')
    const key = optional ? field.slice(0, -1) : field
    if (key === '*') {
      for (const name of Object.keys(value)) {
        const issue = isDataKey(name) ? find(value[name], fieldShape) : undefined
        if (issue) return within(`.${name}`, issue)
      }
    } else if (!optional || value[key] !== undefined) {
      const issue = find(value[key], fieldShape)
      if (issue) return within(`.${key}`, issue)
    }
  }
  return undefined
}

function mismatch(expected: string, value: unknown): DecodeIssue {
  const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
  return { path: '', message: `expected ${expected}, got ${got}` }
}

/** The issue of a field (`step` = `.key`) or an item (`[i]`) as seen from its parent. */
function within(step: string, { path, message }: DecodeIssue): DecodeIssue {
  return { path: step + path, message }
}
