import type { CaseContext, RecordedEvent, Settlement } from './conformance-case.js'

/** Thrown by a check inside a case; the runner turns it into a `fail` result with this message. */
export class CheckFailure extends Error {
  override readonly name = 'CheckFailure'
}

export function fail(message: string): never {
  throw new CheckFailure(message)
}

export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`
  if (value instanceof RegExp) return String(value)
  try {
    const text = JSON.stringify(value)
    if (text === undefined) return String(value)
    return text.length > 300 ? `${text.slice(0, 300)}…` : text
  } catch {
    return String(value)
  }
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) fail(message)
}

export function checkEqual(actual: unknown, expected: unknown, what: string): void {
  if (!deepEqual(actual, expected)) fail(`${what}: expected ${show(expected)}, got ${show(actual)}`)
}

/** The documented "(AJAX Response Object)": status, statusText, responseText, responseJSON. */
export function isAjaxResponse(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.status === 'number' && typeof v.statusText === 'string' && typeof v.responseText === 'string'
  )
}

/** A successful AJAX status (2xx). */
export const isSuccessStatus = (status: number): boolean => status >= 200 && status < 300

/** A failed request's AJAX status: no response (0) or an HTTP error (4xx/5xx). */
export const isFailureStatus = (status: number): boolean => status === 0 || status >= 400

export function checkAjaxResponse(value: unknown, what: string, status?: (s: number) => boolean): void {
  check(isAjaxResponse(value), `${what}: expected an AJAX Response Object, got ${show(value)}`)
  const s = (value as { status: number }).status
  if (status) check(status(s), `${what}: unexpected AJAX status ${s}`)
}

export function checkResolved(s: Settlement, what: string): unknown {
  if (s.status !== 'resolved') fail(`${what}: expected to resolve, it ${s.status} with ${show(s.value)}`)
  return s.value
}

export function checkRejected(s: Settlement, what: string, text?: string): unknown {
  if (s.status !== 'rejected') fail(`${what}: expected to reject, it ${s.status} with ${show(s.value)}`)
  if (text !== undefined) checkEqual(s.value, text, `${what} rejection`)
  return s.value
}

export function published(ctx: CaseContext, name: string, since = 0): RecordedEvent[] {
  return ctx.eventsSince(since).filter((e) => e.name === name)
}

export function checkPublished(ctx: CaseContext, name: string, since = 0): RecordedEvent {
  const found = published(ctx, name, since)[0]
  if (found === undefined) {
    const seen = ctx.eventsSince(since).map((e) => e.name)
    fail(`expected ${name} to be published; saw [${seen.join(', ')}]`)
  }
  return found
}

export function checkNotPublished(ctx: CaseContext, name: string, since = 0): void {
  const found = published(ctx, name, since)
  if (found.length > 0) fail(`expected ${name} not to be published; it was, with ${show(found[0]?.payload)}`)
}

/** `{message, agents, numAgentsConnected}` of the connected/disconnected family. */
export function checkParticipantPayload(payload: unknown, what: string): void {
  check(
    typeof payload === 'object' && payload !== null,
    `${what}: payload is not an object: ${show(payload)}`,
  )
  const p = payload as Record<string, unknown>
  check('message' in p, `${what}: payload has no 'message'`)
  check(typeof p.agents === 'object' && p.agents !== null, `${what}: payload 'agents' is not an object`)
  check(typeof p.numAgentsConnected === 'number', `${what}: payload 'numAgentsConnected' is not a number`)
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (a instanceof RegExp || b instanceof RegExp) return String(a) === String(b)
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  return ka.every((k) => Object.hasOwn(rb, k) && deepEqual(ra[k], rb[k]))
}
