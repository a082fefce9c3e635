import { type AjaxResponse, ajaxResponse, type FetchLike, type TransportFailure } from '@chatwire/core'

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

function noResponse(kind: 'network' | 'timeout' | 'aborted', message: string): TransportFailure {
  const statusText = kind === 'network' ? 'error' : kind === 'timeout' ? 'timeout' : 'abort'
  return { ok: false, kind, retryable: kind !== 'aborted', message, response: ajaxResponse(0, statusText) }
}

/**
 * One fetch with a per-call timeout and the caller's abort signal combined by hand (works on Node 20 and
 * every browser, and with fake timers). The body is read under the same deadline. Never throws: a call
 * without a response is a status-0 failure whose statusText is 'timeout', 'abort' or 'error'.
 */
export async function callFetch(
  fetch: FetchLike,
  url: string,
  init: RequestInit,
  options: CallFetchOptions = {},
): Promise<FetchReply | TransportFailure> {
  const { signal, timeout } = options
  if (signal?.aborted) return noResponse('aborted', 'the call was aborted')
  const controller = new AbortController()
  let why: 'timeout' | 'aborted' | undefined
  let wake: () => void = () => {}
  const stopped = new Promise<'stopped'>((resolve) => {
    wake = () => resolve('stopped')
  })
  const stop = (reason: 'timeout' | 'aborted') => {
    why ??= reason
    controller.abort()
    wake()
  }
  const onAbort = () => stop('aborted')
  signal?.addEventListener('abort', onAbort, { once: true })
  const timer = timeout !== undefined && timeout > 0 ? setTimeout(() => stop('timeout'), timeout) : undefined
  try {
    const work = (async () => {
      const response = await fetch(url, { ...init, signal: controller.signal })
      const blob = options.binary && response.ok ? await response.blob() : undefined
      const text = blob === undefined ? await response.text() : ''
      return { response, text, blob }
    })()
    work.catch(() => {})
    const first = await Promise.race([work, stopped])
    if (first === 'stopped') throw new Error('stopped')
    const { response, text, blob } = first
    const reply: FetchReply = {
      ok: true,
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      text,
      response: ajaxResponse(response.status, response.statusText, text),
      ...(blob === undefined ? {} : { blob }),
    }
    return reply
  } catch (error) {
    if (why === 'timeout') return noResponse('timeout', `no reply within ${timeout} ms`)
    if (why === 'aborted') return noResponse('aborted', 'the call was aborted')
    return noResponse('network', `network failure: ${(error as Error)?.message ?? String(error)}`)
  } finally {
    if (timer !== undefined) clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}
