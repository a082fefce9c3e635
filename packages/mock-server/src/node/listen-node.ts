import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isJsonReply, type Reply } from '../http/json-reply.js'
import type { ListenOptions } from '../mock-chat-server.js'
import { nodeRequest } from './node-request.js'

/** Thrown by `listen` when the port is taken; the CLI prints its message as one line. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} is already in use: pass --port <n> (or PORT=<n>), or stop what is using it`)
    this.name = 'PortInUseError'
  }
}

/** Serves the fetch handler over node:http. Bodies over `maxBody` are cut off with 413. */
export async function listenNode(
  handle: (request: Request) => Promise<Reply>,
  options: ListenOptions,
  maxBody: number,
): Promise<{ url: string; close(): Promise<void> }> {
  const host = options.host ?? '127.0.0.1'
  const http = createServer((req, res) => {
    serve(handle, req, res, host, maxBody).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end('{"error":{"code":"INTERNAL","message":"internal error"}}')
    })
  })
  http.keepAliveTimeout = 65_000
  await new Promise<void>((resolve, reject) => {
    http.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new PortInUseError(options.port ?? 0) : err),
    )
    http.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = http.address() as AddressInfo
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? 'localhost' : host
  return {
    url: `http://${shownHost}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        http.close(() => resolve())
        http.closeAllConnections()
      }),
  }
}

async function serve(
  handle: (request: Request) => Promise<Reply>,
  req: IncomingMessage,
  res: ServerResponse,
  host: string,
  maxBody: number,
): Promise<void> {
  const method = req.method ?? 'GET'
  let body: Buffer | undefined
  if (method !== 'GET' && method !== 'HEAD') {
    const read = await readBody(req, maxBody)
    if (read === 'too-large') {
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' })
      res.end('{"statusCode":2,"chatEnded":false,"errors":[{"code":100,"advice":"Request body too large"}]}')
      req.destroy()
      return
    }
    body = read
  }
  const hostHeader = req.headers.host ?? host
  const target = req.url ?? '/'
  const url =
    /^[\w.:[\]-]+$/.test(hostHeader) && target.startsWith('/')
      ? `http://${hostHeader}${target}`
      : `http://${host}/`
  let reply: Reply
  try {
    reply = await handle(nodeRequest(req, url, body))
  } catch {
    // a reply dropped by fault injection: the client sees the connection die
    req.socket.destroy()
    return
  }
  if (isJsonReply(reply)) {
    const text = JSON.stringify(reply.body)
    reply.headers['content-length'] = String(Buffer.byteLength(text))
    res.writeHead(reply.status, reply.headers)
    res.end(text)
    return
  }
  const out: Record<string, string> = {}
  reply.headers.forEach((value, key) => {
    out[key] = value
  })
  const bytes = reply.body === null ? undefined : Buffer.from(await reply.arrayBuffer())
  res.writeHead(reply.status, out)
  res.end(bytes)
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    req.on('data', (chunk: Buffer) => {
      if (done) return
      size += chunk.length
      if (size > max) {
        done = true
        resolve('too-large')
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks))
    })
    req.on('error', reject)
  })
}
