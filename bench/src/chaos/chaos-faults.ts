import type { FaultConfig } from '@chatwire/mock-server'

/** Knobs of one chaos run's fault mix (every kind the mock server has, except the fatal statusCode 2). */
export interface ChaosFaultOptions {
  /** Probability of each per-request fault kind (5xx, statusCode 1, drop, duplicate, reorder). */
  readonly rate: number
  /** Probability of duplicated and of reordered replies, when it should differ from `rate`. */
  readonly batchRate?: number
  /** Share of the requests delayed beyond `ajaxTimeout`, when it should differ from `rate`. */
  readonly timeoutRate?: number
  /** The client's `ajaxTimeout` in real ms; a share `rate` of the requests is delayed beyond it. */
  readonly ajaxTimeout: number
  /** An offline window of `offlineMs` every `offlineEveryMs` (server ms since start), for `horizonMs`. */
  readonly offlineEveryMs: number
  readonly offlineMs: number
  readonly horizonMs: number
}

export const defaultChaosFaults: ChaosFaultOptions = {
  rate: 0.03,
  ajaxTimeout: 250,
  offlineEveryMs: 4000,
  offlineMs: 300,
  horizonMs: 600_000,
}

/**
 * The mock server's FaultConfig for a chaos run. Latency is uniform in [0, max] with max chosen so that
 * a share `rate` of the requests waits longer than `ajaxTimeout` (the transport times out; the server
 * still processes the request after the delay, which makes the outcome ambiguous for the client).
 */
export function chaosFaultConfig(o: ChaosFaultOptions): FaultConfig {
  const maxLatency = Math.ceil(o.ajaxTimeout / (1 - (o.timeoutRate ?? o.rate)))
  const offline: { fromMs: number; toMs: number }[] = []
  for (let t = o.offlineEveryMs; t < o.horizonMs; t += o.offlineEveryMs)
    offline.push({ fromMs: t, toMs: t + o.offlineMs })
  return {
    latencyMs: [0, maxLatency],
    http5xxRate: o.rate,
    statusCode1Rate: o.rate,
    dropRate: o.rate,
    duplicateRate: o.batchRate ?? o.rate,
    reorderRate: o.batchRate ?? o.rate,
    offline,
  }
}

/** Longest server-side delay of a request under `config` (after it the request has surely been processed). */
export function maxLatencyOf(config: FaultConfig): number {
  const l = config.latencyMs
  return l === undefined ? 0 : typeof l === 'number' ? l : l[1]
}
