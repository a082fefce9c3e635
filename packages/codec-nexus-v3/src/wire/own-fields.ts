/**
 * Whether a key is kept as data: valibot's objects and records drop `__proto__`, `prototype` and `constructor`
 * (neither copied nor checked), and so does the client, so a wire map can never reach a prototype.
 */
export function isDataKey(key: string): boolean {
  return key !== '__proto__' && key !== 'prototype' && key !== 'constructor'
}

/** A prototype-free copy of an object's own fields, data keys only (`isDataKey`), e.g. a wire `userData`. */
export function ownFields<T>(object: Readonly<Record<string, T>>): Record<string, T> {
  const copy: Record<string, T> = Object.create(null)
  for (const key of Object.keys(object)) if (isDataKey(key)) copy[key] = object[key] as T
  return copy
}
