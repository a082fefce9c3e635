/** Attached data: nested string maps (bracket keys decode into nesting). Always prototype-free. */
export interface UserDataMap {
  [key: string]: string | UserDataMap
}

export function emptyUserData(): UserDataMap {
  return Object.create(null) as UserDataMap
}

/** Deep merge of `delta` into a copy of `base` (updateData / PUT userdata merge; they never replace). */
export function mergeUserData(base: UserDataMap, delta: UserDataMap): UserDataMap {
  const out = emptyUserData()
  for (const [k, v] of Object.entries(base)) out[k] = v
  for (const [k, v] of Object.entries(delta)) {
    const prev = out[k]
    out[k] = typeof v === 'object' && typeof prev === 'object' ? mergeUserData(prev, v) : v
  }
  return out
}

/** Copies an unknown value into a prototype-free UserDataMap, keeping strings (numbers/booleans stringified). */
export function toUserData(value: unknown, depth = 0): UserDataMap {
  const out = emptyUserData()
  if (typeof value !== 'object' || value === null || depth > 8) return out
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string') out[k] = v
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v)
    else if (typeof v === 'object' && v !== null) out[k] = toUserData(v, depth + 1)
  }
  return out
}
