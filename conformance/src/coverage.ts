import type { ConformanceCase } from './conformance-case.js'
import type { Waiver } from './waivers.js'

/** Waivers may cover at most this share of the catalog (issue #7). */
export const MAX_WAIVER_PERCENT = 5

export interface CoverageReport {
  /** Seed rows and events the gate checks (beyond-seed rows are not among them). */
  readonly total: number
  readonly covered: number
  readonly byCase: number
  readonly byWaiver: number
  readonly percent: number
  readonly waiverPercent: number
  readonly waivers: readonly Waiver[]
  /** Catalog ids with neither a case nor a waiver. */
  readonly missing: readonly string[]
  /** Problems with the suite's own data: unknown ids, duplicates, reasonless waivers, too many waivers. */
  readonly problems: readonly string[]
  /** Resolution rows and events beyond the seed in the catalog: not gated, not counted in `total`. */
  readonly beyondSeed: number
  /** How many of those have a case (they run and report like the others, but no waiver is asked for the rest). */
  readonly beyondSeedByCase: number
}

/** Checks every gated catalog id (the seed's rows and events) against the cases and the waivers file. */
export function computeCoverage(
  catalogIds: readonly string[],
  cases: readonly ConformanceCase[],
  waivers: readonly Waiver[],
  beyondSeedIds: readonly string[] = [],
): CoverageReport {
  const known = new Set([...catalogIds, ...beyondSeedIds])
  const caseIds = new Set<string>()
  const problems: string[] = []
  for (const c of cases) {
    if (caseIds.has(c.id)) problems.push(`two cases for ${c.id}`)
    caseIds.add(c.id)
    if (!known.has(c.id)) problems.push(`case ${c.id} names no catalog row or event`)
    if (c.cites.length === 0) problems.push(`case ${c.id} cites nothing`)
  }
  const waived = new Set<string>()
  for (const w of waivers) {
    if (!known.has(w.id)) problems.push(`waiver ${w.id} names no catalog row or event`)
    if (caseIds.has(w.id)) problems.push(`waiver ${w.id} also has a case: remove the waiver`)
    if (w.reason.trim().length < 20) problems.push(`waiver ${w.id} has no written reason`)
    waived.add(w.id)
  }
  const missing = catalogIds.filter((id) => !caseIds.has(id) && !waived.has(id))
  const byCase = catalogIds.filter((id) => caseIds.has(id)).length
  const byWaiver = catalogIds.filter((id) => !caseIds.has(id) && waived.has(id)).length
  const total = catalogIds.length
  const waiverPercent = total === 0 ? 0 : (100 * byWaiver) / total
  if (waiverPercent > MAX_WAIVER_PERCENT) {
    problems.push(
      `waivers cover ${waiverPercent.toFixed(1)} % of the catalog (limit ${MAX_WAIVER_PERCENT} %)`,
    )
  }
  return {
    total,
    covered: byCase + byWaiver,
    byCase,
    byWaiver,
    percent: total === 0 ? 100 : (100 * (byCase + byWaiver)) / total,
    waiverPercent,
    waivers,
    missing,
    problems,
    beyondSeed: beyondSeedIds.length,
    beyondSeedByCase: beyondSeedIds.filter((id) => caseIds.has(id)).length,
  }
}
