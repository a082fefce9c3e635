import { type AjaxResponse, ajaxResponse, type FetchLike, type TransportFailure } from '@chatwire/core'
import type { NexusHttpRequest } from '../client/build-requests.js'
import type { ReplyFailure } from '../client/reply-result.js'

/** What came back from the wire (any HTTP status), before the codec reads it. */
export interface WireReply {
  readonly ok: true
  readonly status: number
  readonly text: string
  readonly blob?: Blob
  readonly response: AjaxResponse
}

/**
 * Performs one wire call over `fetchFn` with a per-call timeout and the caller's abort signal, combined
 * by hand (works on Node 20 and every browser, and with handlers that ignore the signal). No response →
 * status 0 with statusText 'timeout' / 'abort' / 'error' (the jqXHR convention of the AJAX Response Object).
 */
export async function callNexus(
  fetchFn: FetchLike,
  request: NexusHttpRequest,
  options: {
    readonly timeout?: number | undefined
    readonly signal?: AbortSignal | undefined
    readonly binary?: boolean
  },
): Promise<WireReply | TransportFailure> {
  const { signal, timeout } = options
  if (signal?.aborted) return noResponse('aborted')
  const controller = new AbortController()
  let why: 'timeout' | 'aborted' | undefined
  let rejectAbort: (reason: unknown) => void = () => {}
  const aborted = new Promise<never>((_, reject) => {
    rejectAbort = reject
  })
  const stop = (reason: 'timeout' | 'aborted') => {
    why ??= reason
    controller.abort()
    rejectAbort(new Error(reason))
  }
  const onAbort = () => stop('aborted')
  signal?.addEventListener('abort', onAbort, { once: true })
  const timer = timeout !== undefined && timeout > 0 ? setTimeout(() => stop('timeout'), timeout) : undefined
  try {
    const init: RequestInit = { method: request.method, headers: request.headers, signal: controller.signal }
    if (request.body !== undefined) init.body = request.body
    const res = await Promise.race([fetchFn(request.url, init), aborted])
    if (options.binary && res.status >= 200 && res.status < 300) {
      const blob = await Promise.race([res.blob(), aborted])
      return {
        ok: true,
        status: res.status,
        text: '',
        blob,
        response: ajaxResponse(res.status, res.statusText, ''),
      }
    }
    const text = await Promise.race([res.text(), aborted])
    return { ok: true, status: res.status, text, response: ajaxResponse(res.status, res.statusText, text) }
  } catch {
    return noResponse(why ?? 'network')
  } finally {
    if (timer !== undefined) clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
    aborted.catch(() => {})
  }
}

const NO_RESPONSE = {
  timeout: { statusText: 'timeout', retryable: true, message: 'no reply within ajaxTimeout' },
  aborted: { statusText: 'abort', retryable: false, message: 'the call was aborted' },
  network: { statusText: 'error', retryable: true, message: 'network failure: no reply' },
} as const

/** A failure without a response (status 0). */
export function noResponse(kind: 'timeout' | 'aborted' | 'network'): TransportFailure {
  const row = NO_RESPONSE[kind]
  return {
    ok: false,
    kind,
    retryable: row.retryable,
    message: row.message,
    response: ajaxResponse(0, row.statusText, ''),
  }
}

/** A codec failure with the AJAX Response Object of the reply it came from. */
export function withResponse(failure: ReplyFailure, response: AjaxResponse): TransportFailure {
  return {
    ok: false,
    kind: failure.kind,
    retryable: failure.retryable,
    message: failure.message,
    response,
    ...(failure.issues !== undefined ? { issues: failure.issues } : {}),
    ...(failure.fileRefusal !== undefined ? { fileRefusal: failure.fileRefusal } : {}),
  }
}
