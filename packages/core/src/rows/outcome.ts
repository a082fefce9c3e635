import type { CommandResults } from '../types/command-types.js'
import { type RowId, rowText, type TextRowId } from './row-text.js'

export type AnyOutcome =
  | { readonly ok: true; readonly row: RowId; readonly value: unknown }
  | { readonly ok: false; readonly row: RowId; readonly value: unknown }

export type Outcome<K extends keyof CommandResults> =
  | { readonly ok: true; readonly row: RowId; readonly value: CommandResults[K] }
  | { readonly ok: false; readonly row: RowId; readonly value: unknown }

export function resolved<V>(
  row: RowId,
  value: V,
): { readonly ok: true; readonly row: RowId; readonly value: V } {
  return { ok: true, row, value }
}

/** A rejection with an explicit value (an AJAX Response Object, n/a = undefined, …). */
export function rejected(
  row: RowId,
  value: unknown,
): { readonly ok: false; readonly row: RowId; readonly value: unknown } {
  return { ok: false, row, value }
}

/** A rejection whose value is the row's verbatim text. */
export function rejectedWithText(row: TextRowId): {
  readonly ok: false
  readonly row: RowId
  readonly value: string
} {
  return { ok: false, row, value: rowText(row) }
}
