import type { DecodeIssue } from '@chatwire/core'
import type { BaseIssue } from 'valibot'

/** Formats a valibot issue path as `data.messages[3].from.type`. */
export function issuePath(issue: BaseIssue<unknown>): string {
  let path = ''
  for (const item of issue.path ?? []) {
    const key = item.key
    if (item.type === 'array' && typeof key === 'number') path += `[${key}]`
    else path += path === '' ? String(key) : `.${String(key)}`
  }
  return path
}

/** valibot issues → DecodeIssues (path + message naming what was expected and what came). */
export function toDecodeIssues(issues: readonly BaseIssue<unknown>[]): DecodeIssue[] {
  return issues.map((issue) => ({ path: issuePath(issue), message: issue.message }))
}

/** Parses JSON text; a failure is a decode issue at the root, never a throw. */
export function parseJsonText(
  text: string,
): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: DecodeIssue[] } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable'
    return { ok: false, issues: [{ path: '', message: `body is not JSON: ${reason}` }] }
  }
}
