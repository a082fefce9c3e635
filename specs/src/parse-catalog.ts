import * as v from 'valibot'
import { type Catalog, CatalogSchema } from './catalog-schema.js'

/** A problem in a catalog document, naming where it is (e.g. `resolutions.3.status`). */
export interface CatalogIssue {
  readonly path: string
  readonly message: string
}

export type ParseCatalogResult =
  | { readonly ok: true; readonly catalog: Catalog }
  | { readonly ok: false; readonly issues: readonly CatalogIssue[] }

/** Validates any value against CatalogSchema; a malformed catalog is a value, not an exception. */
export function parseCatalog(input: unknown): ParseCatalogResult {
  const result = v.safeParse(CatalogSchema, input)
  if (result.success) return { ok: true, catalog: result.output }
  return {
    ok: false,
    issues: result.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message })),
  }
}
