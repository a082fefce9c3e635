/** The part of a transcript event both sides can name: type, who, what. */
export interface EventKeyParts {
  readonly type: string
  readonly from: { readonly type: string; readonly name: string }
  readonly text?: string | undefined
  readonly url?: string | undefined
}

export interface TranscriptComparison {
  /** Server events the client never delivered. */
  readonly lost: number
  /** Client deliveries beyond the server's count of the same event. */
  readonly duplicated: number
  /** Client events the server does not have. */
  readonly extra: number
  /** Delivered events (each once, none missing) whose order differs from the server's. */
  readonly outOfOrder: number
  /** True when the client's sequence equals the server's exactly. */
  readonly equal: boolean
  /** The first few differences, for the report. */
  readonly differences: readonly string[]
}

export function eventKey(e: EventKeyParts): string {
  return `${e.type}|${e.from.type}:${e.from.name}|${e.text ?? e.url ?? ''}`
}

/** Compares what a client delivered (in delivery order) with the server's transcript (in index order). */
export function compareTranscripts(
  client: readonly EventKeyParts[],
  server: readonly EventKeyParts[],
): TranscriptComparison {
  const c = client.map(eventKey)
  const s = server.map(eventKey)
  const counts = new Map<string, number>()
  for (const k of s) counts.set(k, (counts.get(k) ?? 0) + 1)
  for (const k of c) counts.set(k, (counts.get(k) ?? 0) - 1)
  let lost = 0
  let duplicated = 0
  let extra = 0
  const differences: string[] = []
  const serverKeys = new Set(s)
  for (const [k, n] of counts) {
    if (n > 0) {
      lost += n
      differences.push(`lost ${n}× ${k}`)
    } else if (n < 0 && serverKeys.has(k)) {
      duplicated -= n
      differences.push(`duplicated ${-n}× ${k}`)
    } else if (n < 0) {
      extra -= n
      differences.push(`extra ${-n}× ${k}`)
    }
  }
  let outOfOrder = 0
  if (lost === 0 && duplicated === 0 && extra === 0) {
    for (let i = 0; i < s.length; i++) {
      if (c[i] !== s[i]) {
        outOfOrder++
        if (outOfOrder <= 3) differences.push(`position ${i}: client ${c[i]}, server ${s[i]}`)
      }
    }
  }
  const equal = lost === 0 && duplicated === 0 && extra === 0 && outOfOrder === 0
  return { lost, duplicated, extra, outOfOrder, equal, differences: differences.slice(0, 5) }
}

/**
 * The intended messages (texts a side meant to send exactly once, in order) against the server transcript:
 * how many never arrived, how many arrived more than once, and whether the first arrivals kept their order.
 */
export function checkIntended(
  intended: readonly string[],
  serverTexts: readonly string[],
): { readonly missing: number; readonly repeated: number; readonly ordered: boolean } {
  const want = new Set(intended)
  const seen = new Map<string, number>()
  const firstOrder: string[] = []
  for (const t of serverTexts) {
    if (!want.has(t)) continue
    const n = seen.get(t) ?? 0
    if (n === 0) firstOrder.push(t)
    seen.set(t, n + 1)
  }
  let repeated = 0
  for (const n of seen.values()) repeated += n - 1
  const missing = intended.length - seen.size
  const expected = intended.filter((t) => seen.has(t))
  const ordered = expected.every((t, i) => firstOrder[i] === t)
  return { missing, repeated, ordered }
}
