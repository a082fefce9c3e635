import { createGmsV2Transport } from '@chatwire/codec-gms-v2'
import { createNexusV3Transport } from '@chatwire/codec-nexus-v3'
import type { ChatTransport, FetchLike } from '@chatwire/core'

export type Protocol = 'gms-v2' | 'nexus-v3'
export const protocols: readonly Protocol[] = ['gms-v2', 'nexus-v3']

/** A request as sent, so a benchmark can replay the very same bytes with a bare client. */
export interface CapturedRequest {
  readonly url: string
  readonly method: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: string | undefined
}

export interface ProtocolClientOptions {
  /** The transports' ajaxTimeout, real ms (codec default when absent). */
  readonly ajaxTimeout?: number
  /** The v3 endpoint name (default `bench`). */
  readonly endpoint?: string
}

/** chatwire's client transport for `protocol` at `origin`, plus the `_genesys.widgets.webchat` config to match. */
export function protocolClient(
  protocol: Protocol,
  origin: string,
  fetch: FetchLike,
  options: ProtocolClientOptions = {},
): { transport: ChatTransport; config: Record<string, unknown> } {
  const timeout = options.ajaxTimeout === undefined ? {} : { ajaxTimeout: options.ajaxTimeout }
  if (protocol === 'gms-v2') {
    const dataURL = `${origin}/genesys/2/chat/customer-support`
    return { transport: createGmsV2Transport({ dataURL, fetch, ...timeout }), config: { dataURL } }
  }
  const transport = {
    type: 'pureengage-v3-rest',
    dataURL: `${origin}/nexus/v3/chat/sessions`,
    endpoint: options.endpoint ?? 'bench',
  }
  return { transport: createNexusV3Transport({ transport, fetch, ...timeout }), config: { transport } }
}

/** A fetch that remembers the last request and reply text, passing everything to `inner`. */
export function capturingFetch(inner: FetchLike): {
  fetch: FetchLike
  last(): { request: CapturedRequest; replyText: string; status: number } | undefined
} {
  let last: { request: CapturedRequest; replyText: string; status: number } | undefined
  return {
    async fetch(input, init) {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init)
      const body = request.body === null ? undefined : await request.clone().text()
      const headers: Record<string, string> = {}
      request.headers.forEach((v, k) => {
        headers[k] = v
      })
      const res = await inner(request)
      const replyText = await res.clone().text()
      last = {
        request: { url: request.url, method: request.method, headers, body },
        replyText,
        status: res.status,
      }
      return res
    },
    last: () => last,
  }
}
