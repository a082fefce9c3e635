import type { BeyondSeedRowId } from './beyond-seed-rows.js'
import { beyondSeedTexts } from './beyond-seed-rows.js'
import type { ResolutionId } from './resolution-id.js'
import { resolutionTexts } from './resolution-texts-temporary.js'

/** The verbatim text a row yields. A row without a text here is a bug in the command table. */
export function rowText(id: ResolutionId | keyof typeof beyondSeedTexts): string {
  const text =
    id in beyondSeedTexts ? beyondSeedTexts[id as keyof typeof beyondSeedTexts] : resolutionTexts[id]
  if (text === undefined) throw new Error(`chatwire: catalog row ${id} has no text`)
  return text
}

/** The text used by the beyond-seed "no active chat session" rows: the seed's endChat text. */
export function noActiveSessionText(): string {
  return rowText('endChat.rejected.no-active-session')
}

export type RowId = ResolutionId | BeyondSeedRowId
