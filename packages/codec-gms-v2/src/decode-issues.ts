import type { DecodeIssue } from '@chatwire/core'

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** Formats keys as `messages[3].from.type` (`userData["file-id"]` for keys that are not identifiers; root = ''). */
export function formatPath(keys: readonly unknown[]): string {
  let out = ''
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`
    else out += `[${JSON.stringify(String(key))}]`
  }
  return out
}

/** Formats a valibot issue path the same way as `formatPath`. */
export function issuePath(path: readonly { readonly key: unknown }[] | undefined): string {
  return formatPath((path ?? []).map((item) => item.key))
}

export interface DecodeFailure {
  readonly ok: false
  readonly kind: 'decode'
  readonly issues: readonly DecodeIssue[]
}

export function decodeFailure(path: string, message: string): DecodeFailure {
  return { ok: false, kind: 'decode', issues: [{ path, message }] }
}

/** JSON.parse as a value: a syntax error (truncated body, HTML page…) is a decode failure at the root. */
export function parseJson(text: string): { readonly ok: true; readonly value: unknown } | DecodeFailure {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return decodeFailure('', `invalid JSON: ${(error as Error).message}`)
  }
}
