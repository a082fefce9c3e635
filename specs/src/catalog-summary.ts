import type { Catalog } from './catalog-schema.js'

function count<T>(rows: readonly T[], keep: (row: T) => boolean): number {
  return rows.filter(keep).length
}

/** A short text summary of the catalog (what `pnpm start` prints). */
export function catalogSummary(catalog: Catalog): string {
  const seed = <T extends { beyondSeed?: true | undefined }>(rows: readonly T[]) =>
    rows.filter((row) => row.beyondSeed !== true)
  const beyond = <T extends { beyondSeed?: true | undefined }>(rows: readonly T[]) =>
    rows.length - seed(rows).length
  const resolutions = seed(catalog.resolutions)
  const options = seed(catalog.options)
  return [
    `${catalog.catalog} contract catalog (${catalog.seed})`,
    `  commands:    ${seed(catalog.commands).length}`,
    `  resolutions: ${resolutions.length} (${count(resolutions, (r) => r.status === 'resolved')} resolved, ${count(resolutions, (r) => r.status === 'rejected')} rejected)`,
    `  events:      ${seed(catalog.events).length} (${count(seed(catalog.events), (e) => e.transports !== undefined)} limited to some transports)`,
    `  options:     ${options.length} (v2 ${count(options, (o) => o.api === 'v2')}, v3 ${count(options, (o) => o.api === 'v3')})`,
    `  beyond the seed: ${beyond(catalog.commands)} commands, ${beyond(catalog.resolutions)} resolutions, ${beyond(catalog.events)} events, ${beyond(catalog.options)} options`,
    `  notes on differences of the real widget: ${[...catalog.resolutions, ...catalog.events, ...catalog.options].reduce((n, row) => n + (row.notes?.length ?? 0), 0)}`,
  ].join('\n')
}
