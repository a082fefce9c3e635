import type { CaseLevel } from './conformance-case.js'

/** pass; fail (MUST or SHOULD); n/a = the row does not apply to this transport and the alternate held. */
export type CaseStatus = 'pass' | 'fail' | 'n/a' | 'error'

/**
 * The observable outcome of a case after its preconditions (the startChat helper), compared across
 * targets by the differential check.
 */
export interface Observation {
  /** Commands issued by the case, in order: name and how each settled (values normalised). */
  readonly commands: readonly {
    readonly name: string
    readonly status: string
    readonly value: string
    /** The catalog row the bus reported. */
    readonly row?: string
  }[]
  /** Names of the events published during the case, in order (consecutive repeats collapsed). */
  readonly events: readonly string[]
}

export interface CaseResult {
  readonly id: string
  readonly target: string
  readonly level: CaseLevel
  readonly title: string
  readonly cites: readonly string[]
  readonly status: CaseStatus
  /** Why it failed, or why it does not apply. */
  readonly message?: string
  readonly notes: readonly string[]
  /** SHOULD-level findings recorded by the case (ctx.warn); shown, never failing. */
  readonly warnings: readonly string[]
  /** Real milliseconds the case took (not asserted; shown in reports). */
  readonly durationMs: number
  /** Virtual milliseconds the case covered. */
  readonly virtualMs: number
  readonly observation?: Observation
}

export interface TargetRun {
  readonly target: string
  readonly description?: string
  readonly transport?: string
  readonly results: readonly CaseResult[]
}
