import type { UserDataMap } from './gms-request.js'

type MutableMap = { [key: string]: string | MutableMap }

/** A prototype-free object: keys such as `__proto__` or `constructor` stay plain own keys. */
export function emptyMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

/**
 * Normalises integrator userData the way the form encoding carries it (jQuery style, real-widget.md §2.1):
 * strings as they are, numbers/booleans/bigints as text, null/undefined as `""`, objects nested,
 * arrays keyed by position; functions and symbols are skipped. The result is prototype-free.
 */
export function toUserDataMap(
  value: Readonly<Record<string, unknown>>,
  seen = new Set<object>(),
): UserDataMap {
  const out: MutableMap = emptyMap()
  seen.add(value)
  for (const key of Object.keys(value)) {
    const item = value[key]
    if (item === null || item === undefined) out[key] = ''
    else if (typeof item === 'string') out[key] = item
    else if (['number', 'boolean', 'bigint'].includes(typeof item)) out[key] = String(item)
    else if (typeof item === 'object' && !seen.has(item)) {
      out[key] = toUserDataMap(item as Record<string, unknown>, seen)
    }
  }
  seen.delete(value)
  return out
}

/** Appends `prefix[key]=value` pairs for a (possibly nested) map. */
export function appendMap(
  append: (name: string, value: string) => void,
  prefix: string,
  map: UserDataMap,
): void {
  for (const key of Object.keys(map)) {
    const item = map[key] as string | UserDataMap
    const name = `${prefix}[${key}]`
    if (typeof item === 'string') append(name, item)
    else appendMap(append, name, item)
  }
}

export interface FormFields {
  readonly ok: true
  /** Plain fields (`message`, `alias`, …), last value wins. */
  readonly fields: Readonly<Record<string, string>>
  /** Bracket-keyed maps by their top-level name (`userData`). */
  readonly maps: Readonly<Record<string, UserDataMap>>
  /** File parts by field name (multipart only). */
  readonly files: Readonly<Record<string, Blob & { readonly name?: string }>>
}

export interface FormFieldError {
  readonly ok: false
  /** The form key that could not be read. */
  readonly field: string
  readonly message: string
}

/**
 * Reads form entries (URLSearchParams or FormData) into plain fields, nested bracket maps and files.
 * `name[a][b]` nests; `name[]` appends at the next numeric key. Keys containing `][` cannot be told apart
 * from nesting; that is a limit of the bracket encoding itself.
 */
export function readFormEntries(entries: Iterable<[string, string | Blob]>): FormFields | FormFieldError {
  const fields = emptyMap<string>()
  const maps = emptyMap<MutableMap>()
  const files = emptyMap<Blob>()
  for (const [key, value] of entries) {
    const open = key.indexOf('[')
    if (open <= 0 || !key.endsWith(']')) {
      if (typeof value === 'string') fields[key] = value
      else files[key] = value
      continue
    }
    if (typeof value !== 'string')
      return { ok: false, field: key, message: 'expected a text value, got a file' }
    const name = key.slice(0, open)
    const path = key.slice(open + 1, -1).split('][')
    let node = maps[name] ?? emptyMap<string | MutableMap>()
    maps[name] = node
    for (let i = 0; i < path.length; i++) {
      let segment = path[i] as string
      if (segment === '') segment = String(Object.keys(node).length)
      const last = i === path.length - 1
      const existing = node[segment]
      if (last) {
        if (typeof existing === 'object') return conflict(key)
        node[segment] = value
      } else if (existing === undefined) {
        const child = emptyMap<string | MutableMap>()
        node[segment] = child
        node = child
      } else if (typeof existing === 'string') {
        return conflict(key)
      } else {
        node = existing
      }
    }
  }
  return { ok: true, fields, maps, files }
}

function conflict(field: string): FormFieldError {
  return { ok: false, field, message: 'a key is used both as a value and as a map' }
}
