import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isJsonReply, type Reply } from '../http/json-reply.js'
import type { ListenOptions } from '../mock-chat-server.js'
import { DroppedReply } from '../protocols/server-context.js'
import { nodeRequest } from './node-request.js'

/** Thrown by `listen` when the port is taken; the CLI prints its message as one line. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} is already in use: pass --port <n> (or PORT=<n>), or stop what is using it`)
    this.name = 'PortInUseError'
  }
}

/**
 * Serves the fetch handler over node:http. A body over `maxBody` is drained unread and answered with
 * `tooLarge` (the protocol's own error); one far over it has its connection cut.
 */
export async function listenNode(
  handle: (request: Request) => Promise<Reply>,
  tooLarge: (request: Request) => Reply,
  options: ListenOptions,
  maxBody: number,
): Promise<{ url: string; close(): Promise<void> }> {
  const host = options.host ?? '127.0.0.1'
  const http = createServer((req, res) => {
    serve(handle, tooLarge, req, res, host, maxBody).catch(() => {
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
  tooLarge: (request: Request) => Reply,
  req: IncomingMessage,
  res: ServerResponse,
  host: string,
  maxBody: number,
): Promise<void> {
  const method = req.method ?? 'GET'
  const hostHeader = req.headers.host ?? host
  const target = req.url ?? '/'
  const url =
    /^[\w.:[\]-]+$/.test(hostHeader) && target.startsWith('/')
      ? `http://${hostHeader}${target}`
      : `http://${host}/`
  let body: Buffer | undefined
  if (method !== 'GET' && method !== 'HEAD') {
    const read = await readBody(req, maxBody)
    if (read === 'cut') {
      req.socket.destroy()
      return
    }
    if (read === 'too-large') {
      await write(res, tooLarge(nodeRequest(req, url, undefined)))
      return
    }
    body = read
  }
  let reply: Reply
  try {
    reply = await handle(nodeRequest(req, url, body))
  } catch (error) {
    if (!(error instanceof DroppedReply)) throw error
    // a reply dropped by fault injection: the client sees the connection die
    req.socket.destroy()
    return
  }
  await write(res, reply)
}

async function write(res: ServerResponse, reply: Reply): Promise<void> {
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

/**
 * Reads the body up to `max` bytes. Past it the rest is drained unread so the client, still sending,
 * gets the reply ('too-large'); past `max` + DRAIN_LIMIT the connection is cut instead ('cut').
 */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too-large' | 'cut'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= max) chunks.push(chunk)
      else if (size > max + DRAIN_LIMIT) {
        req.removeAllListeners('data')
        resolve('cut')
      }
    })
    req.on('end', () => resolve(size > max ? 'too-large' : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** Bytes past the limit drained before the connection is cut (a too-large upload still gets its reply). */
const DRAIN_LIMIT = 64 * 1024 * 1024
