import { isObject } from '../is-object.js'

/**
 * The filter every session starts with: the original hides `{start:<9 digits>}` markers
 * (real-widget.md §3.5 step 3, "the standard filter").
 */
const standardFilter = /\{start:[0-9]{9}\}/

/** Whether a message text matches the standard filter or one of `filters` (stateful `g`/`y` regexes are reset first). */
export function matchesFilter(text: string | undefined, filters: readonly RegExp[]): boolean {
  return (
    text !== undefined &&
    [standardFilter, ...filters].some((filter) => {
      filter.lastIndex = 0
      const hit = filter.test(text)
      filter.lastIndex = 0
      return hit
    })
  )
}

/** Filters as stored across page loads ("Filters are now automatically stored and recalled on chat restore"). */
export interface StoredFilter {
  readonly source: string
  readonly flags: string
}

export function storeFilters(filters: readonly RegExp[]): StoredFilter[] {
  return filters.map(({ source, flags }) => ({ source, flags }))
}

/** Rebuilds stored filters, skipping entries that are not valid regular expressions. */
export function recallFilters(stored: unknown): RegExp[] {
  if (!Array.isArray(stored)) return []
  const filters: RegExp[] = []
  for (const entry of stored) {
    const { source, flags } = isObject(entry) ? entry : {}
    if (typeof source !== 'string' || typeof flags !== 'string') continue
    try {
      filters.push(new RegExp(source, flags))
    } catch {
      // a corrupted entry is dropped: it cannot hide anything
    }
  }
  return filters
}
