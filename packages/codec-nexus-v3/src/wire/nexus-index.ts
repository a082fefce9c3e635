/**
 * v3 indexes are strings `<ms>-<seq>`; the widget removes the FIRST '-' and compares the rest as a number
 * (pureengage-v3.md §6 `index`, real-widget.md §2.7). Numbers are accepted as they are.
 * Returns `undefined` when the value cannot be read that way (a decode issue for the caller).
 */
export function readNexusIndex(wireIndex: string | number): number | undefined {
  if (typeof wireIndex === 'number') return Number.isFinite(wireIndex) ? wireIndex : undefined
  const digits = wireIndex.replace('-', '')
  if (digits === '' || !/^\d+$/.test(digits)) return undefined
  return Number(digits)
}

/** Builds a `<ms>-<seq>` index and its neutral number (for servers; keep one growing `seq`, §2.7 [INF]). */
export function makeNexusIndex(
  ms: number,
  seq: number,
): { readonly wireIndex: string; readonly index: number } {
  const wireIndex = `${Math.max(0, Math.trunc(ms))}-${Math.max(0, Math.trunc(seq))}`
  return { wireIndex, index: Number(wireIndex.replace('-', '')) }
}
