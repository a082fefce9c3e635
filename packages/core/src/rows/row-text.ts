import { resolutionTexts } from '@chatwire/specs/resolution-texts'
import { type CoreOnlyRowId, coreOnlyTexts } from './beyond-seed-rows.js'
import type { CatalogRowId } from './resolution-id.js'

/** Every row id a command outcome can name: the catalog's (seed and beyond-seed) and core-only ones. */
export type RowId = CatalogRowId | CoreOnlyRowId

/** A row whose value is a text. */
export type TextRowId = keyof typeof resolutionTexts | keyof typeof coreOnlyTexts

/** The verbatim text a row yields, from the catalog (`@chatwire/specs`). */
export function rowText(id: TextRowId): string {
  return id in coreOnlyTexts
    ? coreOnlyTexts[id as keyof typeof coreOnlyTexts]
    : resolutionTexts[id as keyof typeof resolutionTexts]
}
