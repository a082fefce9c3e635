import type { DecodeIssue } from '@chatwire/core'
import type * as v from 'valibot'

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** Formats a valibot issue path as `messages[3].from.type` (`userData["file-id"]` for other keys; root = ''). */
export function issuePath(path: readonly { readonly key: unknown }[] | undefined): string {
  let out = ''
  for (const item of path ?? []) {
    const key = item.key
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`
    else out += `[${JSON.stringify(String(key))}]`
  }
  return out
}

/** Turns valibot issues into the core's DecodeIssues. */
export function toDecodeIssues(issues: readonly v.BaseIssue<unknown>[]): DecodeIssue[] {
  return issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }))
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
