import type { FetchLike } from '@chatwire/core'

/** What the clients saw on the wire during a chaos run: evidence that each fault kind really happened. */
export interface WireTally {
  requests: number
  ok: number
  /** HTTP 5xx replies (injected 5xx, offline windows, v3 statusCode 1). */
  http5xx: number
  /** Other non-2xx replies. */
  http4xx: number
  /** GMS 200 replies with `statusCode: 1`. */
  statusCode1: number
  /** No response: the server dropped the reply (socket destroyed). */
  networkErrors: number
  /** The transport gave up after `ajaxTimeout` (fetch aborted). */
  timeouts: number
  /** Replies whose events repeat an index (injected duplicate). */
  duplicatedBatches: number
  /** Replies whose event indexes are not increasing (injected reorder). */
  reorderedBatches: number
}

export function emptyTally(): WireTally {
  return {
    requests: 0,
    ok: 0,
    http5xx: 0,
    http4xx: 0,
    statusCode1: 0,
    networkErrors: 0,
    timeouts: 0,
    duplicatedBatches: 0,
    reorderedBatches: 0,
  }
}

export function addTally(into: WireTally, from: WireTally): void {
  for (const key of Object.keys(into) as (keyof WireTally)[]) into[key] += from[key]
}

/** Requests hit by at least one visible fault, over all requests. */
export function faultShare(t: WireTally): number {
  const hit =
    t.http5xx + t.statusCode1 + t.networkErrors + t.timeouts + t.duplicatedBatches + t.reorderedBatches
  return t.requests === 0 ? 0 : hit / t.requests
}

/** The least share of requests a chaos run must see faulted for its "no loss" verdict to mean anything. */
export const MIN_FAULT_SHARE = 0.1

/**
 * Why a run's faults are not evidence enough (empty when they are): too small a fault share, or a
 * visible fault kind that never happened.
 */
export function faultShortfalls(t: WireTally): string[] {
  const out: string[] = []
  const share = faultShare(t)
  if (share < MIN_FAULT_SHARE)
    out.push(`fault share ${(share * 100).toFixed(1)} % is below ${MIN_FAULT_SHARE * 100} %`)
  const kinds: [string, number][] = [
    ['server failures (5xx or statusCode 1)', t.http5xx + t.statusCode1],
    ['network errors', t.networkErrors],
    ['timeouts', t.timeouts],
    ['duplicated or reordered batches', t.duplicatedBatches + t.reorderedBatches],
  ]
  for (const [kind, n] of kinds) if (n === 0) out.push(`no ${kind} happened`)
  return out
}

/** A fetch that counts outcomes into `tally` and otherwise behaves exactly like `inner`. */
export function tallyingFetch(inner: FetchLike, tally: WireTally): FetchLike {
  return async (input, init) => {
    tally.requests++
    let res: Response
    try {
      res = await inner(input, init)
    } catch (error) {
      if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))
        tally.timeouts++
      else tally.networkErrors++
      throw error
    }
    if (res.status >= 500) tally.http5xx++
    else if (res.status >= 400) tally.http4xx++
    else if ((res.headers.get('content-type') ?? '').includes('json')) {
      const text = await res.clone().text()
      inspectBody(text, tally)
    }
    return res
  }
}

function inspectBody(text: string, tally: WireTally): void {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return
  }
  if (typeof body !== 'object' || body === null) return
  const b = body as { statusCode?: unknown; messages?: unknown; data?: { messages?: unknown } }
  if (b.statusCode === 1) {
    tally.statusCode1++
    return
  }
  tally.ok++
  const messages = Array.isArray(b.messages)
    ? b.messages
    : Array.isArray(b.data?.messages)
      ? b.data.messages
      : []
  const indexes = messages.map((m: { index?: unknown }) => sequenceOf(m.index))
  if (new Set(indexes).size !== indexes.length) tally.duplicatedBatches++
  else if (indexes.some((x, i) => i > 0 && x < (indexes[i - 1] ?? 0))) tally.reorderedBatches++
}

/** GMS indexes are numbers; v3 indexes are `<ms>-<seq>`. */
function sequenceOf(index: unknown): number {
  if (typeof index === 'number') return index
  if (typeof index === 'string') return Number(index.slice(index.lastIndexOf('-') + 1))
  return Number.NaN
}
