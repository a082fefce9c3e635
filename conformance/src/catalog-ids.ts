import { catalog } from '@chatwire/specs'

/** The seed's resolution row ids (rows beyond the seed are not part of the contract the suite gates on). */
export function seedResolutionIds(): string[] {
  return catalog.resolutions.filter((r) => r.beyondSeed !== true).map((r) => r.id)
}

/** The seed's event names. */
export function seedEventNames(): string[] {
  return catalog.events.filter((e) => e.beyondSeed !== true).map((e) => e.name)
}

/** Every id the coverage gate checks: the 63 resolution rows and `event.<name>` for the 29 events. */
export function catalogIds(): string[] {
  return [...seedResolutionIds(), ...seedEventNames().map((n) => `event.${n}`)]
}

/** Resolution rows and events the catalog takes from the real widget beyond the seed: recorded, not gated. */
export function beyondSeedIds(): string[] {
  return [
    ...catalog.resolutions.filter((r) => r.beyondSeed === true).map((r) => r.id),
    ...catalog.events.filter((e) => e.beyondSeed === true).map((e) => `event.${e.name}`),
  ]
}

/** Events the catalog restricts to some transports (left out of the differential event sequences). */
export function transportOnlyEvents(): Set<string> {
  return new Set(catalog.events.filter((e) => (e.transports?.length ?? 0) > 0).map((e) => e.name))
}

/** Every event name to record, the seed's and those beyond it. */
export function allEventNames(): string[] {
  return catalog.events.map((e) => e.name)
}
