import type { IncomingMessage } from 'node:http'

/** `headers.get/has` served from Node's own header parse (names already lower-cased, repeats joined). */
class NodeHeaders {
  constructor(private readonly raw: IncomingMessage['headers']) {}
  get(name: string): string | null {
    const v = this.raw[name.toLowerCase()]
    if (v === undefined) return null
    return Array.isArray(v) ? v.join(', ') : v
  }
  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined
  }
}

/**
 * A Request-shaped view of a Node request for the handler's hot path: `method`, `url`, `headers.get`
 * and `text()` come from Node's own parse; the other body readers build the real Request once, lazily.
 * (The handlers and the codecs' server halves read only these members.)
 */
class NodeRequest {
  readonly method: string
  readonly headers: NodeHeaders
  private real: Request | undefined

  constructor(
    private readonly req: IncomingMessage,
    readonly url: string,
    private readonly bytes: Buffer | undefined,
  ) {
    this.method = req.method ?? 'GET'
    this.headers = new NodeHeaders(req.headers)
  }

  async text(): Promise<string> {
    return this.bytes === undefined ? '' : this.bytes.toString('utf8')
  }

  formData(): Promise<FormData> {
    return this.materialise().formData()
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return this.materialise().arrayBuffer()
  }

  blob(): Promise<Blob> {
    return this.materialise().blob()
  }

  json(): Promise<unknown> {
    return this.materialise().json()
  }

  get body(): ReadableStream<Uint8Array> | null {
    return this.materialise().body
  }

  private materialise(): Request {
    if (this.real !== undefined) return this.real
    const headers = new Headers()
    const raw = this.req.rawHeaders
    for (let i = 0; i < raw.length; i += 2) {
      try {
        headers.append(raw[i] as string, raw[i + 1] as string)
      } catch {}
    }
    const body = this.bytes
    this.real = new Request(this.url, {
      method: this.method,
      headers,
      ...(body === undefined
        ? {}
        : { body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) as Uint8Array<ArrayBuffer> }),
    })
    return this.real
  }
}

export function nodeRequest(req: IncomingMessage, url: string, body: Buffer | undefined): Request {
  return new NodeRequest(req, url, body) as unknown as Request
}
