/**
 * Poll timing of the original (real-widget.md §2.4): the interval starts at `pollRateMin`, grows by
 * `pollRateMult` (rounded down) after each poll up to `pollRateMax`; startPoll, sendMessage and
 * sendFile set it back to the minimum; asleep it stays at `pollRateSleep`, and `wake` sets `pollRate`.
 */
export const pollCadence = {
  /** §2.4 "First refresh": about 250–300 ms after the request-chat reply (one 250 ms tick). */
  firstDelay: 250,
  /** §2.4 "Ramp": `pollRateMin` 500 ms. */
  min: 500,
  /** §2.4 "Ramp": `pollRateMax` 3000 ms. */
  max: 3000,
  /** §2.4 "Ramp": `pollRateMult` 1.2. */
  multiplier: 1.2,
  /** §2.4 "Reset" and §3.4: `pollRate` 3000 ms, where `wake` sets the interval. */
  rate: 3000,
  /** §2.4 "Sleeping": `pollRateSleep` 30000 ms while asleep (`sleep`, beyond the seed). */
  sleep: 30000,
} as const

/** The interval after a poll that used `current`. */
export function nextPollInterval(current: number): number {
  return Math.min(pollCadence.max, Math.floor(current * pollCadence.multiplier))
}

/** How long to wait before the next poll: the interval counts from the start of the previous poll (§2.4 "Loop"). */
export function delayUntilNextPoll(interval: number, lastStart: number, now: number): number {
  return Math.max(0, interval - (now - lastStart))
}
