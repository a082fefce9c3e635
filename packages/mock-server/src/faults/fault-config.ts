import * as v from 'valibot'

/** What can go wrong with one request. Rates are probabilities in [0, 1], drawn from the seeded PRNG. */
export type FaultKind =
  | 'latency'
  /** HTTP 503 with the protocol's error body; the request is not processed. */
  | 'http5xx'
  /** GMS `statusCode: 1` (retryable); v3 answers HTTP 503. Not processed. */
  | 'statusCode1'
  /** GMS `statusCode: 2` (not retryable); v3 answers HTTP 500. Not processed. */
  | 'statusCode2'
  /** Processed, but the reply is lost (a network error for the client). */
  | 'drop'
  /** The reply's events are delivered twice (the previous batch again, then the new one). */
  | 'duplicate'
  /** The reply's events are shuffled. */
  | 'reorder'

export interface FaultConfig {
  /** Added before every reply: a fixed ms value or a [min, max] range. */
  readonly latencyMs?: number | readonly [number, number]
  readonly http5xxRate?: number
  readonly statusCode1Rate?: number
  readonly statusCode2Rate?: number
  readonly dropRate?: number
  readonly duplicateRate?: number
  readonly reorderRate?: number
  /** Offline windows in ms since the server started: every chat call fails as if the chat server were down. */
  readonly offline?: readonly { readonly fromMs: number; readonly toMs: number }[]
}

const rate = v.pipe(v.number(), v.minValue(0), v.maxValue(1))
const ms = v.pipe(v.number(), v.minValue(0), v.maxValue(600_000))

export const FaultConfigSchema = v.strictObject({
  latencyMs: v.optional(v.union([ms, v.tuple([ms, ms])])),
  http5xxRate: v.optional(rate),
  statusCode1Rate: v.optional(rate),
  statusCode2Rate: v.optional(rate),
  dropRate: v.optional(rate),
  duplicateRate: v.optional(rate),
  reorderRate: v.optional(rate),
  offline: v.optional(v.array(v.strictObject({ fromMs: ms, toMs: v.pipe(v.number(), v.minValue(0)) }))),
})

export type ConfigResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: string[] }

/** Validates fault settings from JSON/CLI/admin input; issues name the offending path. */
export function parseFaultConfig(input: unknown): ConfigResult<FaultConfig> {
  const r = v.safeParse(FaultConfigSchema, input)
  if (r.success) return { ok: true, value: r.output as FaultConfig }
  return { ok: false, issues: r.issues.map(formatIssue) }
}

export function formatIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue)
  return `${path ?? '(root)'}: ${issue.message}`
}

export const FAULT_KINDS: readonly FaultKind[] = [
  'latency',
  'http5xx',
  'statusCode1',
  'statusCode2',
  'drop',
  'duplicate',
  'reorder',
]
