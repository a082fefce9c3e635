import { type CallFetchOptions, type CallOptions, callFetch, type TransportResult } from '@chatwire/core'
import type { NexusHttpRequest } from '../client/build-requests.js'
import type { ReplyResult } from '../client/reply-result.js'
import { NEXUS_DEFAULT_AJAX_TIMEOUT } from '../protocol/nexus-operations.js'
import { withResponse } from './nexus-failures.js'
import type { NexusV3TransportOptions } from './nexus-v3-transport.js'

/**
 * One wire call with the transport's options (`fetch`, default the global one; `ajaxTimeout`), its reply
 * read by `read` and the value turned into the result by `then`. `fetchOptions` overrides the per-call
 * options: the timeout (default CallOptions.timeout, then ajaxTimeout) or `binary`.
 */
export async function callNexus<T, R>(
  options: NexusV3TransportOptions,
  request: NexusHttpRequest,
  read: (status: number, text: string, blob?: Blob) => ReplyResult<T>,
  o: CallOptions | undefined,
  then: (value: T) => R,
  fetchOptions?: CallFetchOptions,
): Promise<TransportResult<R>> {
  const fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  // the request is its own RequestInit: method, headers and body (fetch ignores `operation` and `url`)
  const reply = await callFetch(fetch, request.url, request, {
    timeout: o?.timeout ?? options.ajaxTimeout ?? NEXUS_DEFAULT_AJAX_TIMEOUT,
    signal: o?.signal,
    ...fetchOptions,
  })
  if (!reply.ok) return reply
  const result = read(reply.status, reply.text, reply.blob)
  return result.ok
    ? { ok: true, value: then(result.value), response: reply.response }
    : withResponse(result, reply.response)
}
