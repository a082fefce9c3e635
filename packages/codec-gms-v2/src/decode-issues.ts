import type { DecodeIssue } from '@chatwire/core'

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** One step of a path: `[3]`, `.from`, or `["file-id"]` for a key that is not an identifier. */
export function pathStep(key: unknown): string {
  if (typeof key === 'number') return `[${key}]`
  const text = String(key)
  return IDENTIFIER.test(text) ? `.${text}` : `[${JSON.stringify(text)}]`
}

/** Steps joined as `messages[3].from.type`, without a leading dot (the root is ''). */
export const joinPath = (steps: string): string => steps.replace(/^\./, '')

/** Formats a valibot issue path as `messages[3].from.type` (`userData["file-id"]` for other keys; root = ''). */
export function issuePath(path: readonly { readonly key: unknown }[] | undefined): string {
  return joinPath((path ?? []).map((item) => pathStep(item.key)).join(''))
}

export interface DecodeFailure {
  readonly ok: false
  readonly kind: 'decode'
  readonly issues: readonly DecodeIssue[]
}

/** Whether a reader's result is a decode failure (the values the transport builds never have kind `decode`). */
export const isDecodeFailure = (value: unknown): value is DecodeFailure =>
  (value as Partial<DecodeFailure>).kind === 'decode'

export function decodeFailure(path: string, message: string): DecodeFailure {
  return { ok: false, kind: 'decode', issues: [{ path, message }] }
}
