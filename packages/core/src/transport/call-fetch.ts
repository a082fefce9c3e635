import { type AjaxResponse, ajaxResponse } from './ajax-response.js'
import type { FetchLike } from './transport.js'
import type { TransportFailure } from './transport-result.js'

/** What came back from one wire call: the status and the body as text or bytes. */
export interface FetchReply {
  readonly ok: true
  readonly status: number
  readonly statusText: string
  readonly headers: Headers
  readonly text: string
  readonly blob?: Blob
  readonly response: AjaxResponse
}

export interface CallFetchOptions {
  /** Milliseconds before the call fails with kind `timeout`; 0 or undefined = none. */
  readonly timeout?: number | undefined
  readonly signal?: AbortSignal | undefined
  /** Read the body as bytes (file download) instead of text. */
  readonly binary?: boolean
}

/** A failure without a response (status 0, statusText 'error' / 'timeout' / 'abort'). */
export function noResponse(kind: 'network' | 'timeout' | 'aborted', message: string): TransportFailure {
  const statusText = { network: 'error', timeout: 'timeout', aborted: 'abort' }[kind]
  return { ok: false, kind, retryable: kind !== 'aborted', message, response: ajaxResponse(0, statusText) }
}

/**
 * One fetch with a per-call timeout and the caller's abort signal combined by hand (works on Node 20 and
 * every browser, with fake timers, and with handlers that ignore the signal); shared by the codecs. The body
 * (text, or bytes with `binary` and a 2xx status) is read under the same deadline. Never throws: a call
 * without a response is a status-0 failure whose statusText is 'timeout', 'abort' or 'error'.
 */
export async function callFetch(
  fetch: FetchLike,
  url: string,
  init: RequestInit,
  options: CallFetchOptions = {},
): Promise<FetchReply | TransportFailure> {
  const { signal, timeout = 0 } = options
  const aborted = 'the call was aborted'
  if (signal?.aborted) return noResponse('aborted', aborted)
  const controller = new AbortController()
  let why: 'timeout' | 'aborted' | undefined
  // Settled by hand, not by a listener on controller.signal: such a listener lives as long as the signal,
  // and whatever keeps the signal (a fetch implementation, a server under test) would then keep this
  // never-settled promise and every race on it (the idle-session memory bench doubled that way).
  let stopped: (reason: unknown) => void = () => {}
  const stop$ = new Promise<never>((_, reject) => {
    stopped = reject
  })
  /** Each step of the call loses the race once the timeout or the caller's abort stops it. */
  const race = <T>(step: Promise<T>) => Promise.race([step, stop$])
  const stop = (reason: 'timeout' | 'aborted') => {
    why ??= reason
    controller.abort()
    stopped(new Error(reason))
  }
  const onAbort = () => stop('aborted')
  signal?.addEventListener('abort', onAbort, { once: true })
  const timer = timeout > 0 ? setTimeout(() => stop('timeout'), timeout) : undefined
  try {
    const response = await race(fetch(url, { ...init, signal: controller.signal }))
    const blob = options.binary && response.ok ? await race(response.blob()) : undefined
    const text = blob === undefined ? await race(response.text()) : ''
    const { status, statusText } = response
    return {
      ok: true,
      status,
      statusText,
      headers: response.headers,
      text,
      response: ajaxResponse(status, statusText, text),
      ...(blob && { blob }),
    }
  } catch (error) {
    if (why === 'timeout') return noResponse(why, `no reply within ${timeout} ms`)
    if (why) return noResponse(why, aborted)
    return noResponse('network', `network failure: ${(error as Error)?.message ?? String(error)}`)
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
    stop$.catch(() => {})
  }
}
