import type { TargetRun } from './case-result.js'

/** One place where two transports disagree on a case both pass (or both run). */
export interface Difference {
  readonly id: string
  readonly left: string
  readonly right: string
  readonly what: string
}

/**
 * Compares the same bus-level cases on two targets: command resolutions/rejections (texts verbatim,
 * AJAX responses by status class) and event sequences. Only cases that apply to both (neither n/a)
 * are compared; events the catalog restricts to one transport are left out of the sequences.
 */
export function differential(
  left: TargetRun,
  right: TargetRun,
  transportOnlyEvents: ReadonlySet<string>,
): Difference[] {
  const differences: Difference[] = []
  const rightById = new Map(right.results.map((r) => [r.id, r]))
  for (const l of left.results) {
    const r = rightById.get(l.id)
    if (r === undefined || l.status === 'n/a' || r.status === 'n/a') continue
    const base = { id: l.id, left: left.target, right: right.target }
    if (l.status !== r.status) {
      differences.push({ ...base, what: `status ${l.status} vs ${r.status}` })
      continue
    }
    const lo = l.observation
    const ro = r.observation
    if (lo === undefined || ro === undefined) continue
    const n = Math.max(lo.commands.length, ro.commands.length)
    for (let i = 0; i < n; i++) {
      const a = lo.commands[i]
      const b = ro.commands[i]
      const sa = a ? `${a.name} ${a.status} ${a.value}` : '(none)'
      const sb = b ? `${b.name} ${b.status} ${b.value}` : '(none)'
      if (sa !== sb) differences.push({ ...base, what: `command #${i + 1}: ${sa} vs ${sb}` })
    }
    const ea = collapse(lo.events.filter((e) => !transportOnlyEvents.has(e)))
    const eb = collapse(ro.events.filter((e) => !transportOnlyEvents.has(e)))
    if (ea.join(',') !== eb.join(',')) {
      differences.push({ ...base, what: `events [${ea.join(', ')}] vs [${eb.join(', ')}]` })
    }
  }
  return differences
}

function collapse(names: readonly string[]): string[] {
  const out: string[] = []
  for (const n of names) if (out.at(-1) !== n) out.push(n)
  return out
}
