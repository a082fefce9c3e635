import type { TargetRun } from './case-result.js'
import { allCases } from './cases/index.js'
import { allEventNames, beyondSeedIds, catalogIds, transportOnlyEvents } from './catalog-ids.js'
import type { ConformanceCase } from './conformance-case.js'
import { computeCoverage } from './coverage.js'
import { type Difference, differential } from './differential.js'
import { isOk, type SuiteReport, summarise } from './reports/suite-report.js'
import { runSuite } from './run-suite.js'
import type { ConformanceTarget } from './target.js'
import { waivers } from './waivers.js'

export interface ConformanceOptions {
  readonly cases?: readonly ConformanceCase[]
  readonly only?: readonly string[]
  readonly seed?: number
  readonly onResult?: Parameters<typeof runSuite>[2]['onResult']
  /** Pairs of target names to compare (the differential check). */
  readonly compare?: readonly (readonly [string, string])[]
}

/** Runs every case on every target, then coverage and the differential check: one SuiteReport. */
export async function runConformance(
  targets: readonly ConformanceTarget[],
  options: ConformanceOptions = {},
): Promise<SuiteReport> {
  const cases = options.cases ?? allCases
  const startedAt = new Date().toISOString()
  const eventNames = allEventNames()
  const runs: TargetRun[] = []
  for (const target of targets) {
    runs.push(
      await runSuite(target, cases, {
        eventNames,
        ...(options.only === undefined ? {} : { only: options.only }),
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(options.onResult === undefined ? {} : { onResult: options.onResult }),
      }),
    )
  }
  const differences: Difference[] = []
  const only = transportOnlyEvents()
  for (const [a, b] of options.compare ?? []) {
    const left = runs.find((r) => r.target === a)
    const right = runs.find((r) => r.target === b)
    if (left && right) differences.push(...differential(left, right, only))
  }
  return {
    tool: '@chatwire/conformance',
    version: '0.0.0',
    startedAt,
    runs,
    coverage: computeCoverage(catalogIds(), cases, waivers, beyondSeedIds()),
    differences,
    summary: summarise(runs),
    ok: isOk(runs),
  }
}
