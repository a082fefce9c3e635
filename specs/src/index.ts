export type { CommandName, EventName, OptionId, ResolutionId, SeedResolutionId } from './catalog.js'
export { catalog, command, event, option, resolution, resolutionsOf } from './catalog.js'
export type { Catalog } from './catalog-schema.js'
export { CatalogSchema } from './catalog-schema.js'
export { catalogSummary } from './catalog-summary.js'
export type { CommandOption, CommandRow } from './command-row-schema.js'
export { CommandOptionSchema, CommandRowSchema } from './command-row-schema.js'
export type { EventPayload, EventRow, EventTrigger } from './event-row-schema.js'
export { EventPayloadSchema, EventRowSchema, EventTriggerSchema } from './event-row-schema.js'
export { fillTemplate } from './fill-template.js'
export type { ResolutionTextId } from './generated/resolution-texts.js'
export { resolutionTexts } from './generated/resolution-texts.js'
export type { CapabilityName, Note, TransportName } from './note-schema.js'
export { CapabilityNameSchema, NoteSchema, ReleaseSchema, TransportNameSchema } from './note-schema.js'
export type {
  GmsChatV2,
  GmsChatV2OperationId,
  GmsChatV2Schemas,
  NexusV3,
  NexusV3OperationId,
  NexusV3Schemas,
} from './openapi-types.js'
export type { JsonValue, OptionRow } from './option-row-schema.js'
export { JsonValueSchema, OptionRowSchema } from './option-row-schema.js'
export type { CatalogIssue, ParseCatalogResult } from './parse-catalog.js'
export { parseCatalog } from './parse-catalog.js'
export type { ResolutionRow, ResolutionStatus, ResolutionValue } from './resolution-row-schema.js'
export {
  ResolutionRowSchema,
  ResolutionStatusSchema,
  ResolutionValueSchema,
} from './resolution-row-schema.js'
