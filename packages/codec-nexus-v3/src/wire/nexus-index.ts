/** Digits allowed in `<ms>` and `<seq>` for the exact rule: ms·1000 + seq is exact while ms < 9·10^12. */
const MAX_MS_DIGITS = 13
const MAX_SEQ_DIGITS = 3
const SEQ_SCALE = 1000
// char codes of '0', '9' and '-'
const DIGIT_0 = 48
const DIGIT_9 = 57
const DASH = 45

/**
 * v3 indexes are strings `<ms>-<seq>`, shaped like Redis stream ids (pureengage-v3.md §6 `index` [INF]).
 * - `<ms>-<seq>` with 1–13 digits of ms and 1–3 of seq (seq < 1000) reads as `ms * 1000 + seq`: the same
 *   digit count for every seq, so the number orders like the (ms, seq) pair and stays unique
 *   ("1700000000000-12" → 1700000000000012 < "1700000000001-0" → 1700000000001000).
 * - Any other string of digits with at most one '-' reads as the widget reads it: the FIRST '-' removed,
 *   the rest a number (real-widget.md §2.7), e.g. "17-1000" → 171000.
 * Numbers are accepted as they are. Returns `undefined` when the value cannot be read either way (a
 * decode issue for the caller). Only the neutral number changes: the raw value stays the `wireIndex`.
 * One pass over the characters, no regex or substrings: readMessagesReply calls it per event.
 */
export function readNexusIndex(wireIndex: string | number): number | undefined {
  if (typeof wireIndex === 'number') return Number.isFinite(wireIndex) ? wireIndex : undefined
  const length = wireIndex.length
  let dash = -1
  // the digits read so far since the start or the dash: exact for the 1–13 digits of the exact rule
  let digits = 0
  let ms = 0
  for (let i = 0; i < length; i++) {
    const code = wireIndex.charCodeAt(i)
    if (code >= DIGIT_0 && code <= DIGIT_9) digits = digits * 10 + (code - DIGIT_0)
    else if (code !== DASH || dash >= 0) return undefined
    else {
      dash = i
      ms = digits
      digits = 0
    }
  }
  if (dash < 0) return length === 0 ? undefined : Number(wireIndex)
  const seqDigits = length - dash - 1
  if (dash >= 1 && dash <= MAX_MS_DIGITS && seqDigits >= 1 && seqDigits <= MAX_SEQ_DIGITS) {
    return ms * SEQ_SCALE + digits
  }
  if (length === 1) return undefined
  return Number(wireIndex.slice(0, dash) + wireIndex.slice(dash + 1))
}

/** Builds a `<ms>-<seq>` index and its neutral number (for servers; keep one growing `seq`, §2.7 [INF]). */
export function makeNexusIndex(
  ms: number,
  seq: number,
): { readonly wireIndex: string; readonly index: number } {
  const wireIndex = `${Math.max(0, Math.trunc(ms))}-${Math.max(0, Math.trunc(seq))}`
  // non-finite ms/seq give a non-digit wireIndex; NaN then, as the number cannot be read
  return { wireIndex, index: readNexusIndex(wireIndex) ?? Number.NaN }
}
