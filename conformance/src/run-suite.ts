import { CaseHarness } from './case-harness.js'
import type { CaseResult, Observation, TargetRun } from './case-result.js'
import { CheckFailure } from './check.js'
import type { ConformanceCase, Settlement } from './conformance-case.js'
import type { ConformanceTarget, TargetInstance } from './target.js'
import { createVirtualClock } from './virtual-clock.js'

/** Real ms a case may take before it counts as hung (a target that never answers); not a speed limit. */
const HUNG_CASE_MS = 60_000

/** Virtual ms run after a passing case, before its observation is taken (differential check). */
const SETTLE_MS = 6_000

/** Real ms the teardown of a case (harness, then instance) may take before the run moves on. */
const TEARDOWN_MS = 5_000

/** Waits for `work` (ignoring its failure) or `ms` of real time, whichever comes first. */
async function settleWithin(work: Promise<unknown> | undefined, ms: number): Promise<void> {
  if (work === undefined) return
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms)
    timer.unref?.()
  })
  try {
    await Promise.race([work.catch(() => undefined), timeout])
  } finally {
    clearTimeout(timer)
  }
}

export interface RunOptions {
  /** Event names to record (every catalog event). */
  readonly eventNames: readonly string[]
  /** Only cases whose id starts with one of these (all when empty). */
  readonly only?: readonly string[]
  readonly seed?: number
  /** Real ms before a case counts as hung (default 60 s). */
  readonly hungCaseMs?: number
  /** Called after each case (progress output). */
  readonly onResult?: (result: CaseResult) => void
}

/** Runs every case against one target, each on a fresh server instance and a fresh virtual clock. */
export async function runSuite(
  target: ConformanceTarget,
  cases: readonly ConformanceCase[],
  options: RunOptions,
): Promise<TargetRun> {
  const results: CaseResult[] = []
  let transport: string | undefined
  const selected = cases.filter((c) => !options.only?.length || options.only.some((p) => c.id.startsWith(p)))
  for (const [i, c] of selected.entries()) {
    const result = await runCase(target, c, options, (options.seed ?? 7) + i)
    transport ??= result.transport
    results.push(result.result)
    options.onResult?.(result.result)
  }
  return {
    target: target.name,
    ...(target.description === undefined ? {} : { description: target.description }),
    ...(transport === undefined ? {} : { transport }),
    results,
  }
}

async function runCase(
  target: ConformanceTarget,
  c: ConformanceCase,
  options: RunOptions,
  seed: number,
): Promise<{ result: CaseResult; transport?: string }> {
  const clock = createVirtualClock()
  const startedAt = performance.now()
  const virtualStart = clock.now()
  const base = { id: c.id, target: target.name, level: c.level, title: c.title, cites: c.cites }
  let instance: TargetInstance | undefined
  let harness: CaseHarness | undefined
  const finish = (status: CaseResult['status'], message?: string): CaseResult => ({
    ...base,
    status,
    ...(message === undefined ? {} : { message }),
    notes: harness?.notes ?? [],
    warnings: harness?.warnings ?? [],
    durationMs: Math.round(performance.now() - startedAt),
    virtualMs: clock.now() - virtualStart,
    ...(harness === undefined ? {} : { observation: observe(harness) }),
  })
  const limit = options.hungCaseMs ?? HUNG_CASE_MS
  let guard: ReturnType<typeof setTimeout> | undefined
  const hung = new Promise<{ result: CaseResult }>((resolve) => {
    const message = `the case did not finish within ${limit} ms of real time (a request never answered?)`
    guard = setTimeout(() => resolve({ result: finish('error', message) }), limit)
    guard.unref?.()
  })
  try {
    return await Promise.race([attempt(), hung])
  } finally {
    clearTimeout(guard)
    // After a hung case the harness may wait on a request that never answers: teardown gets a bounded
    // window, so one stuck case cannot stall the whole run.
    const teardownMs = Math.min(limit, TEARDOWN_MS)
    await settleWithin(harness?.close(), teardownMs)
    await settleWithin(instance?.close(), teardownMs)
  }

  async function attempt(): Promise<{ result: CaseResult; transport?: string }> {
    try {
      return await attemptCase()
    } catch (error) {
      if (error instanceof CheckFailure) return { result: finish('fail', error.message) }
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      return { result: finish('error', message) }
    }
  }

  async function attemptCase(): Promise<{ result: CaseResult; transport?: string }> {
    instance = await target.setup({ clock, seed })
    harness = await CaseHarness.open(instance, clock, options.eventNames, c.settings ?? {})
    const na = c.applies?.(harness.capabilities, harness.transportName)
    let result: CaseResult
    if (na === undefined) {
      await c.run(harness)
      checkReportedRow(c, harness)
      // A quiet window so both transports reach the same state before their observations are compared.
      await harness.advance(SETTLE_MS)
      result = finish('pass')
    } else {
      if (na.instead) await na.instead(harness)
      result = finish('n/a', na.reason)
    }
    return { result, transport: harness.transportName }
  }
}

/** Rows no command can report (the seed's "rejected: Never"). */
const UNREPORTABLE_ROWS = new Set(['getSessionData.rejected.never'])

/**
 * The bus reports which catalog row applied (the stable code for programs). A resolution case whose
 * commands never reported its row gets a SHOULD finding: the value was right, the code was not.
 */
export function checkReportedRow(c: ConformanceCase, harness: CaseHarness): void {
  if (c.id.startsWith('event.') || UNREPORTABLE_ROWS.has(c.id)) return
  const rows = harness.log.flatMap((entry) => (entry.outcome.row === undefined ? [] : [entry.outcome.row]))
  if (rows.length === 0 || rows.includes(c.id)) return
  harness.warn(`no command reported the catalog row ${c.id} (reported: ${[...new Set(rows)].join(', ')})`)
}

function observe(harness: CaseHarness): Observation {
  const events: string[] = []
  for (const e of harness.events.slice(harness.observeFrom)) if (events.at(-1) !== e.name) events.push(e.name)
  return {
    commands: harness.log
      .filter((entry) => entry.precondition !== true)
      .map((entry) => ({
        name: entry.name,
        status: entry.outcome.status,
        value: normaliseValue(entry.outcome),
        ...(entry.outcome.row === undefined ? {} : { row: entry.outcome.row }),
      })),
    events,
  }
}

/** Texts compare verbatim; AJAX responses by HTTP class (bodies differ by protocol); others by type. */
export function normaliseValue(outcome: Settlement): string {
  const v = outcome.value
  if (typeof v === 'string') return JSON.stringify(v)
  if (v === undefined || v === null) return String(v)
  if (typeof v === 'object' && 'status' in v && 'statusText' in v && 'responseText' in v) {
    const status = Number((v as { status: unknown }).status)
    return `AjaxResponse(${status === 0 ? '0' : `${Math.floor(status / 100)}xx`})`
  }
  if (typeof v === 'function') return 'function'
  if (Array.isArray(v)) return `array(${v.length})`
  return typeof v
}
