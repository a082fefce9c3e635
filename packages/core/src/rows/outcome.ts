import type { CommandName } from '../names.js'
import type { AjaxResponse } from '../transport/ajax-response.js'
import type { CommandResults } from '../types/command-types.js'
import type { RowId } from './row-text.js'

/** The part of the row ids `R` after `<prefix>.`. */
type After<P extends string, R extends string> = R extends `${P}.${infer S}` ? S : never

/** The resolved rows of command K, named after `<K>.`: `resolved`, `resolved.sent`, … */
type ResolvedRow<K extends CommandName> = Extract<After<K, RowId>, `resolved${string}`>
/** The reasons of command K's rejection rows, named after `<K>.rejected.`: `ajax-exception`, … */
type RejectedReason<K extends CommandName> = After<`${K}.rejected`, RowId>

/**
 * What a command handler answers, in the rows of its own command: the dispatcher (web-chat-service.ts)
 * prefixes `<command>.` to make the catalog row id; a rejection without a value answers with the row's
 * verbatim text (row-text.ts). The types only admit rows the catalog (or beyond-seed-rows.ts) has for
 * that command.
 */
export type Outcome<K extends CommandName> =
  | { readonly ok: true; readonly row: ResolvedRow<K>; readonly value: CommandResults[K] }
  | { readonly ok: false; readonly row: `rejected.${RejectedReason<K>}`; readonly value?: unknown }

type Resolved<R, V> = { readonly ok: true; readonly row: R; readonly value: V }
type Rejected<S extends string> = {
  readonly ok: false
  readonly row: `rejected.${S}`
  readonly value?: unknown
}

/** Resolved, with its value (n/a = undefined); `row` for commands with several resolved rows. */
export function resolved(): Resolved<'resolved', undefined>
export function resolved<V>(value: V): Resolved<'resolved', V>
export function resolved<V, R extends `resolved.${string}`>(value: V, row: R): Resolved<R, V>
export function resolved(value?: unknown, row = 'resolved'): Resolved<string, unknown> {
  return { ok: true, row, value }
}

/**
 * Rejected for `reason` (row `<command>.rejected.<reason>`) with its value (an AJAX Response Object, …);
 * without one, the value is the row's text (undefined for a row that has none, e.g. `restore.rejected.not-found`).
 */
export function rejected<S extends string>(reason: S, value?: unknown): Rejected<S> {
  return { ok: false, row: `rejected.${reason}`, value }
}

/**
 * The outcome of a command that is one wire call: resolved (`row`, default `resolved`) or rejected for
 * `reason` (default `ajax-exception`, the seed's "AJAX exception"), with its AJAX Response Object.
 */
export function answered(result: WireResult): Resolved<'resolved', AjaxResponse> | Rejected<'ajax-exception'>
export function answered<R extends `resolved${string}`, S extends string = 'ajax-exception'>(
  result: WireResult,
  row: R,
  reason?: S,
): Resolved<R, AjaxResponse> | Rejected<S>
export function answered(
  result: WireResult,
  row = 'resolved',
  reason = 'ajax-exception',
): Resolved<string, AjaxResponse> | Rejected<string> {
  return result.ok ? { ok: true, row, value: result.response } : rejected(reason, result.response)
}

type WireResult = { readonly ok: boolean; readonly response: AjaxResponse }

/** Any command's outcome, as handlers answer it. */
export type AnyOutcome = Outcome<CommandName>
