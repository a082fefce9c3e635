import type { ResolutionId as CatalogRowId, SeedResolutionId } from '@chatwire/specs'

/**
 * The 63 resolution rows of the seed, by their catalog id (specs/webchat-service.yaml). The ids are
 * stable codes for programs: a `CommandOutcome` names the row that applied.
 */
export type ResolutionId = SeedResolutionId

/** Every resolution row of the catalog, the seed's and those going beyond it (`configure.resolved`, …). */
export type { CatalogRowId }
