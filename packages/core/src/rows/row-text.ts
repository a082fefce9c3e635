import { resolutionTexts } from '@chatwire/specs/resolution-texts'
import {
  type CoreOnlyRowId,
  coreOnlyTexts,
  type NoSessionRowId,
  noActiveSession,
} from './beyond-seed-rows.js'
import type { CatalogRowId } from './resolution-id.js'

/** Every row id a command outcome can name: the catalog's (seed and beyond-seed) and core-only ones. */
export type RowId = CatalogRowId | CoreOnlyRowId

/** A row whose value is a text. */
export type TextRowId = keyof typeof resolutionTexts | keyof typeof coreOnlyTexts | NoSessionRowId

type Texts = Readonly<Record<string, string>>

/** The verbatim text a row yields, from the catalog (`@chatwire/specs`); undefined for a row without one. */
export function rowText(id: TextRowId): string
export function rowText(id: RowId): string | undefined
export function rowText(id: RowId): string | undefined {
  // every row id holds a '.', so no key of Object.prototype is read; the catalog's no-active-session
  // rows all have a text, so the suffix only names the core-only ones here
  return (
    (coreOnlyTexts as Texts)[id] ??
    (resolutionTexts as Texts)[id] ??
    (id.endsWith('.rejected.no-active-session') ? noActiveSession : undefined)
  )
}
