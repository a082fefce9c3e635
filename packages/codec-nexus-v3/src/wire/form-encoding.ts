/**
 * Bracket-notation form bodies as the widget sends them (jQuery `$.param`, pureengage-v3.md §2 "Request body"):
 * `data[firstName]=Ann&data[userData][k]=v&operationId=…`. Decoded objects are prototype-free
 * (`Object.create(null)`), so keys such as `__proto__` or `constructor` are plain data.
 */

/** A decoded form value: a string, a list (`k[]=a&k[]=b`) or a nested prototype-free map. */
export type FormValue = string | readonly string[] | FormObject
export interface FormObject {
  readonly [key: string]: FormValue
}

/** What can be encoded: scalars (null/undefined become ''), arrays and plain objects. */
export type FormInput = unknown

/** The deepest nesting the decoder accepts (`a[b][c]…`); deeper keys are refused, not truncated. */
export const FORM_MAX_DEPTH = 16

/** Appends `value` under `prefix` in bracket notation, like jQuery's `buildParams` (traditional = false). */
export function appendFormValue(params: URLSearchParams, prefix: string, value: FormInput): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const nested = typeof item === 'object' && item !== null
      appendFormValue(params, `${prefix}[${nested ? i : ''}]`, item)
    })
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      appendFormValue(params, `${prefix}[${key}]`, (value as Record<string, unknown>)[key])
    }
  } else {
    params.append(prefix, value === null || value === undefined ? '' : String(value))
  }
}

/** Encodes top-level fields in order into a form body. */
export function encodeForm(fields: Readonly<Record<string, FormInput>>): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of Object.keys(fields)) {
    const value = fields[key]
    if (value !== undefined) appendFormValue(params, key, value)
  }
  return params
}

export type FormDecodeResult =
  | { readonly ok: true; readonly value: FormObject }
  | { readonly ok: false; readonly key: string; readonly message: string }

const KEY_PATTERN = /^([^[\]]+)((?:\[[^[\]]*\])*)$/

/** Splits `data[a][b][]` into `['data', 'a', 'b', '']`; a key that is not bracket-shaped is one literal segment. */
export function splitFormKey(key: string): string[] {
  const match = KEY_PATTERN.exec(key)
  if (!match) return [key]
  const segments = [match[1] as string]
  const rest = match[2] ?? ''
  if (rest !== '') for (const part of rest.slice(1, -1).split('][')) segments.push(part)
  return segments
}

type MutableFormObject = { [key: string]: string | string[] | MutableFormObject }

/** Decodes a form body into a prototype-free nested map; conflicting or too-deep keys are values, not throws. */
export function decodeForm(params: URLSearchParams): FormDecodeResult {
  const root: MutableFormObject = Object.create(null)
  for (const [key, value] of params) {
    const segments = splitFormKey(key)
    if (segments.length > FORM_MAX_DEPTH) {
      return { ok: false, key, message: `nested deeper than ${FORM_MAX_DEPTH} levels` }
    }
    let target = root
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i] as string
      const last = i === segments.length - 1
      const next = segments[i + 1]
      if (segment === '' || (next === '' && i + 2 !== segments.length)) {
        return { ok: false, key, message: "'[]' is only allowed as the last segment" }
      }
      if (last) {
        if (target[segment] !== undefined)
          return { ok: false, key, message: 'repeats another key of the form' }
        target[segment] = value
        break
      }
      const existing = target[segment]
      if (next === '') {
        if (existing === undefined) target[segment] = [value]
        else if (Array.isArray(existing)) existing.push(value)
        else return { ok: false, key, message: 'conflicts with another key of the form' }
        break
      }
      if (existing === undefined) {
        const child: MutableFormObject = Object.create(null)
        target[segment] = child
        target = child
      } else if (typeof existing === 'object' && !Array.isArray(existing)) {
        target = existing
      } else {
        return { ok: false, key, message: 'conflicts with another key of the form' }
      }
    }
  }
  return { ok: true, value: root }
}

/** Reads a string field of a decoded form; a nested value where a string is expected is `undefined`. */
export function formString(form: FormObject, key: string): string | undefined {
  const value = form[key]
  return typeof value === 'string' ? value : undefined
}

/** Reads a nested map field; anything else is `undefined`. */
export function formObject(form: FormObject, key: string): FormObject | undefined {
  const value = form[key]
  return typeof value === 'object' && !Array.isArray(value) ? (value as FormObject) : undefined
}
