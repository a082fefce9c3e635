// Entry point of `pnpm --filter @chatwire/specs start`: prints the catalog summary.
import { catalog } from './catalog.js'
import { catalogSummary } from './catalog-summary.js'

console.log(catalogSummary(catalog))
