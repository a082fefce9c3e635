/** One line of the results table: a figure, its same-run baseline (or budget), the ratio and the target. */
export interface FigureRow {
  readonly figure: string
  readonly value: string
  readonly baseline: string
  /** value / baseline; undefined when there is nothing to divide (n/a). */
  readonly ratio: number | undefined
  /** e.g. '≥ 0.5' or '≤ 1.0'; empty when the figure has no target. */
  readonly target: string
  /** undefined = no target, or not measured. */
  readonly met: boolean | undefined
}

/** A row with a target `ratio ≥ min` or `ratio ≤ max`. */
export function targetRow(
  figure: string,
  value: string,
  baseline: string,
  ratio: number | undefined,
  target: { min: number } | { max: number } | undefined,
): FigureRow {
  if (target === undefined) return { figure, value, baseline, ratio, target: '', met: undefined }
  const text = 'min' in target ? `≥ ${target.min}` : `≤ ${target.max}`
  const met = ratio === undefined ? undefined : 'min' in target ? ratio >= target.min : ratio <= target.max
  return { figure, value, baseline, ratio, target: text, met }
}

/** How far a missed row is from its target, in words ('' when met or without target). */
export function missedBy(row: FigureRow): string {
  if (row.met !== false || row.ratio === undefined) return ''
  const bound = Number(row.target.replace(/[^0-9.]/g, ''))
  return row.target.startsWith('≥')
    ? `${((1 - row.ratio / bound) * 100).toFixed(0)} % short of ${row.target}`
    : `${((row.ratio / bound - 1) * 100).toFixed(0)} % over ${row.target}`
}

export function formatTable(rows: readonly FigureRow[]): string {
  const head = '| figure | chatwire | baseline / budget (same run) | ratio | target | met |'
  const rule = '|---|---:|---:|---:|---:|:---:|'
  const lines = rows.map((r) => {
    const ratio = r.ratio === undefined ? 'n/a' : r.ratio.toFixed(r.ratio < 10 ? 3 : 1)
    const met = r.met === undefined ? '' : r.met ? 'yes' : `**no** (${missedBy(r)})`
    return `| ${r.figure} | ${r.value} | ${r.baseline} | ${ratio} | ${r.target} | ${met} |`
  })
  return [head, rule, ...lines].join('\n')
}
