import type { IncomingMessage } from 'node:http'

/**
 * A Request-shaped view of a Node request for the handler's hot path: `method`, `url`, `headers.get`
 * and `text()` are served from Node's own parse; anything else builds the real Request once, lazily.
 * (The handlers and the codecs' server halves read only these members on the hot path.)
 */
export function nodeRequest(req: IncomingMessage, url: string, body: Buffer | undefined): Request {
  let real: Request | undefined
  const materialise = (): Request => {
    if (real !== undefined) return real
    const headers = new Headers()
    const raw = req.rawHeaders
    for (let i = 0; i < raw.length; i += 2) {
      try {
        headers.append(raw[i] as string, raw[i + 1] as string)
      } catch {}
    }
    real = new Request(url, {
      method: req.method ?? 'GET',
      headers,
      ...(body === undefined
        ? {}
        : { body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) as Uint8Array<ArrayBuffer> }),
    })
    return real
  }
  const headers = {
    get(name: string): string | null {
      const v = req.headers[name.toLowerCase()]
      if (v === undefined) return null
      return Array.isArray(v) ? v.join(', ') : v
    },
    has(name: string): boolean {
      return req.headers[name.toLowerCase()] !== undefined
    },
  }
  const light = {
    method: req.method ?? 'GET',
    url,
    headers,
    text: async (): Promise<string> => (body === undefined ? '' : body.toString('utf8')),
  }
  return new Proxy(light, {
    get(target, prop) {
      if (prop in target) return target[prop as keyof typeof target]
      const r = materialise()
      const value = Reflect.get(r, prop, r) as unknown
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(r) : value
    },
  }) as unknown as Request
}
