import type { AjaxResponse } from '../transport/ajax-response.js'
import type { CommandResults } from '../types/command-types.js'
import { type RowId, rowText, type TextRowId } from './row-text.js'

export type AnyOutcome =
  | { readonly ok: true; readonly row: RowId; readonly value: unknown }
  | { readonly ok: false; readonly row: RowId; readonly value: unknown }

export type Outcome<K extends keyof CommandResults> =
  | { readonly ok: true; readonly row: RowId; readonly value: CommandResults[K] }
  | { readonly ok: false; readonly row: RowId; readonly value: unknown }

/** A resolution with its value (n/a = undefined, the default). */
export function resolved(row: RowId): { readonly ok: true; readonly row: RowId; readonly value: undefined }
export function resolved<V>(
  row: RowId,
  value: V,
): { readonly ok: true; readonly row: RowId; readonly value: V }
export function resolved(row: RowId, value?: unknown) {
  return { ok: true, row, value }
}

/** A rejection with an explicit value (an AJAX Response Object, n/a = undefined, the default). */
export function rejected(
  row: RowId,
  value?: unknown,
): { readonly ok: false; readonly row: RowId; readonly value: unknown } {
  return { ok: false, row, value }
}

/** A rejection whose value is the row's verbatim text. */
export function rejectedWithText(row: TextRowId): {
  readonly ok: false
  readonly row: RowId
  readonly value: string
} {
  return rejected(row, rowText(row)) as { readonly ok: false; readonly row: RowId; readonly value: string }
}

/** The outcome of a command that is one wire call: resolved or rejected with its AJAX Response Object. */
export function answered(
  result: { readonly ok: boolean; readonly response: AjaxResponse },
  resolvedRow: RowId,
  rejectedRow: RowId,
): { readonly ok: true; readonly row: RowId; readonly value: AjaxResponse } | ReturnType<typeof rejected> {
  return result.ok ? resolved(resolvedRow, result.response) : rejected(rejectedRow, result.response)
}
