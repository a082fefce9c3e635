import type { RequestHandler } from 'msw'
import { type AdminController, createAdminController } from './admin/admin-controller.js'
import { handleAdmin } from './admin/admin-routes.js'
import { type Clock, realClock } from './clock.js'
import type { FaultConfig } from './faults/fault-config.js'
import { preflight, withCors } from './http/cors.js'
import { type Reply, toResponse } from './http/json-reply.js'
import { html, json } from './http/responses.js'
import { randomHex } from './ids.js'
import { ContactCentre } from './model/contact-centre.js'
import { consolePage } from './pages/console-page.js'
import { demoPage } from './pages/demo-page.js'
import { ClientTokenSigner } from './protocols/client-token-signer.js'
import { gmsError } from './protocols/gms-errors.js'
import { handleGmsV2 } from './protocols/gms-v2-handler.js'
import { handleNexusV3 } from './protocols/nexus-v3-handler.js'
import { MAX_MESSAGE_LENGTH, type ServerContext } from './protocols/server-context.js'
import { builtInScenarios } from './scenario/built-in-scenarios.js'
import type { Scenario } from './scenario/scenario.js'

export interface MockChatServerOptions {
  /** A scenario, or a built-in name: 'demo' (default), 'echo', 'silent'. */
  readonly scenario?: Scenario | string
  /** Seed of the fault PRNG (default 1). */
  readonly seed?: number
  /** Injected time (virtual time in tests); default the real clock. */
  readonly clock?: Clock
  /** When set, GMS `apikey` / v3 `x-api-key` must carry it. */
  readonly apiKey?: string
  /** HS256 secret of v3 client tokens; default a random one per server. */
  readonly tokenSecret?: string
  /** GMS `{serviceName}`; default 'customer-support'. */
  readonly gmsServiceName?: string
  readonly faults?: FaultConfig
  /** How long an ended session stays readable before the server forgets it, in ms (default 5 min). */
  readonly endedSessionRetentionMs?: number
  /** A live session whose client sent no request at all (polls included) for this long ends, in ms (default 10 min). */
  readonly abandonedAfterMs?: number
  /** Largest request body accepted, in bytes (default 32 MiB); larger → the protocol's error. */
  readonly maxBodyBytes?: number
  /** Loads the drop-in bus script served at /chatwire.js (the Node listener passes a file loader). */
  readonly dropInScript?: () => Promise<string | undefined>
}

export interface ListenOptions {
  readonly port?: number
  readonly host?: string
}

export interface MockChatServer {
  /** The one handler: GMS, v3, admin API and pages. */
  fetch(request: Request): Promise<Response>
  readonly admin: AdminController
  /** A real HTTP listener (Node only). */
  listen(options?: ListenOptions): Promise<{ url: string; close(): Promise<void> }>
  /** msw 2 handlers delegating to `fetch` for every request under `baseUrl`. */
  mswHandlers(baseUrl: string): RequestHandler[]
  /** Ends every session and clears every timer it armed (agents, typing, idle, long polls); `listen`'s close calls it. */
  close(): void
}

export type ScenarioResult =
  | { readonly ok: true; readonly value: Scenario }
  | { readonly ok: false; readonly message: string }

export function resolveScenario(scenario: Scenario | string | undefined): ScenarioResult {
  if (scenario === undefined) return { ok: true, value: builtInScenarios.demo as Scenario }
  if (typeof scenario !== 'string') return { ok: true, value: scenario }
  const found = builtInScenarios[scenario]
  if (found !== undefined) return { ok: true, value: found }
  return {
    ok: false,
    message: `unknown scenario '${scenario}' (built-in: ${Object.keys(builtInScenarios).join(', ')})`,
  }
}

/** Creates a mock contact centre speaking GMS Chat API v2 and PureEngage v3. */
export function createMockChatServer(options: MockChatServerOptions = {}): MockChatServer {
  const scenario = resolveScenario(options.scenario)
  if (!scenario.ok) throw new RangeError(scenario.message)
  const clock = options.clock ?? realClock
  const centre = new ContactCentre({
    scenario: scenario.value,
    clock,
    seed: options.seed ?? 1,
    faults: options.faults ?? {},
    endedRetentionMs: options.endedSessionRetentionMs,
    abandonedAfterMs: options.abandonedAfterMs,
  })
  const admin = createAdminController(centre)
  const gmsServiceName = options.gmsServiceName ?? 'customer-support'
  const ctx: ServerContext = {
    centre,
    clock,
    apiKey: options.apiKey,
    gmsServiceName,
    signer: new ClientTokenSigner(options.tokenSecret ?? randomHex(64)),
    maxMessageLength: MAX_MESSAGE_LENGTH,
  }
  const maxBody = options.maxBodyBytes ?? 32 * 1024 * 1024
  let dropIn: Promise<string | undefined> | undefined

  const route = async (request: Request): Promise<Reply> => {
    const path = pathOf(request.url)
    // CORS only for the chat protocols: the admin API and pages stay same-origin, so other sites cannot drive them
    const chatPath = path.startsWith('/genesys/') || path.startsWith('/nexus/')
    if (request.method === 'OPTIONS')
      return chatPath ? preflight(request) : new Response(null, { status: 204 })
    const length = Number(request.headers.get('content-length') ?? '0')
    if (Number.isFinite(length) && length > maxBody) return tooLargeReply(request)
    if (path.startsWith('/genesys/')) return withCors(request, await handleGmsV2(ctx, request))
    if (path.startsWith('/nexus/')) return withCors(request, await handleNexusV3(ctx, request))
    if (path.startsWith('/admin/'))
      return handleAdmin(request, path.split('/').slice(2).map(safeDecode), admin, centre)
    if (request.method === 'GET' && (path === '/' || path === '/console')) return html(consolePage)
    if (request.method === 'GET' && path === '/demo') return html(demoPage(gmsServiceName))
    if (request.method === 'GET' && path === '/chatwire.js') {
      dropIn ??= (options.dropInScript ?? defaultDropIn)().catch(() => undefined)
      const script = await dropIn
      if (script === undefined) dropIn = undefined
      return script === undefined
        ? new Response('/* the @chatwire/bus drop-in script is not built */', {
            status: 404,
            headers: { 'content-type': 'text/javascript' },
          })
        : new Response(script, { headers: { 'content-type': 'text/javascript; charset=utf-8' } })
    }
    if (path === '/healthz') return json({ ok: true })
    return json({ error: { code: 'NOT_FOUND', message: `nothing at ${path.slice(0, 200)}` } }, 404)
  }

  const server: MockChatServer = {
    fetch: async (request) => toResponse(await route(request)),
    admin,
    async listen(listenOptions = {}) {
      const { listenNode } = await import('./node/listen-node.js')
      const listener = await listenNode(route, tooLargeReply, listenOptions, maxBody)
      return {
        url: listener.url,
        async close() {
          await listener.close()
          server.close()
        },
      }
    },
    close: () => centre.close(),
    mswHandlers: (baseUrl) => mswHandlersFor(server, baseUrl),
  }
  return server
}

/** A body over the limit: the protocol's own error (with CORS on the chat paths), 413 elsewhere. */
export function tooLargeReply(request: Request): Reply {
  const path = pathOf(request.url)
  if (path.startsWith('/genesys/')) return withCors(request, gmsError('tooLarge'))
  if (path.startsWith('/nexus/'))
    return withCors(
      request,
      json({ status: { code: 'LIMIT_FILE_SIZE', message: 'Request body too large' } }, 413),
    )
  return json({ error: { code: 'TOO_LARGE', message: 'body too large' } }, 413)
}

/** The path of an absolute URL without a full URL parse (hot path); the query is dropped. */
export function pathOf(url: string): string {
  const scheme = url.indexOf('://')
  const start = url.indexOf('/', scheme < 0 ? 0 : scheme + 3)
  if (start < 0) return '/'
  let end = url.length
  const q = url.indexOf('?', start)
  if (q >= 0) end = q
  const h = url.indexOf('#', start)
  if (h >= 0 && h < end) end = h
  return url.slice(start, end)
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** In Node, the drop-in script comes from the built @chatwire/bus package; elsewhere there is none. */
async function defaultDropIn(): Promise<string | undefined> {
  if (typeof globalThis.process?.versions?.node !== 'string') return undefined
  const { readDropInScript } = await import('./node/drop-in-script.js')
  return readDropInScript()
}

import { mswHandlersFor } from './msw-handlers.js'
