// A third-party transport proving the conformance target contract: a tiny JSON-over-HTTP chat
// protocol with long-polling, its own server (node:http on a loopback port), a client transport
// written only against the public ChatTransport contract of @chatwire/core, and a controller.
// No chatwire code path knows about it. Run it:
//   chatwire-conformance --target ./examples/json-long-poll-target.mjs
//
// Wire protocol ("jlp/1"):
//   POST /chats                    {nickname, firstname, lastname, email, subject, userData}
//                                  → {chatId, secret, events, cursor, chatEnded}
//   POST /chats/:id/ops            {secret, op}     op = {kind: 'message'|'typingStarted'|'typingStopped'|'userData'|'end', ...}
//   GET  /chats/:id/events?secret=&after=&wait=1    held up to HOLD_MS until an event after `after` exists
//   failures: HTTP 500 {error}, or 200 {error, retryable}; unknown chat or secret: 404 {error}
import { createServer } from 'node:http'

const HOLD_MS = 1_500

function createJlpServer(clock) {
  const chats = new Map()
  const faults = { queue: [], offline: false }
  const parked = new Set()
  let serial = 0

  const append = (chat, type, from, extra = {}) => {
    const event = { index: chat.events.length + 1, type, from, timestamp: clock.now(), ...extra }
    chat.events.push(event)
    for (const wake of [...chat.waiters]) wake()
    return event
  }
  const current = () => [...chats.values()].at(-1)

  async function handle(method, path, query, body) {
    const fault = faults.offline ? 'server-retryable' : faults.queue.shift()
    if (fault === 'network') return { destroy: true }
    if (fault === 'http') return { status: 500, json: { error: 'injected HTTP failure' } }
    if (fault === 'server-retryable') return { status: 200, json: { error: 'server busy', retryable: true } }
    if (fault === 'server-fatal') return { status: 200, json: { error: 'server failure', retryable: false } }
    if (method === 'POST' && path === '/chats') {
      if (typeof body.userData !== 'object' || body.userData === null)
        return { status: 400, json: { error: 'userData' } }
      const chat = {
        id: `c${++serial}`,
        secret: `s${serial}-${Math.random().toString(36).slice(2)}`,
        events: [],
        userData: { ...body.userData },
        client: { name: body.nickname || body.firstname || 'Customer', type: 'Client', participantId: 1 },
        agents: [],
        ended: false,
        waiters: new Set(),
      }
      chats.set(chat.id, chat)
      append(chat, 'ParticipantJoined', chat.client)
      return {
        status: 200,
        json: { chatId: chat.id, secret: chat.secret, events: chat.events, cursor: 1, chatEnded: false },
      }
    }
    const m = path.match(/^\/chats\/([^/]+)\/(ops|events)$/)
    const chat = m ? chats.get(m[1]) : undefined
    const secret = method === 'GET' ? query.get('secret') : body.secret
    if (!chat || chat.secret !== secret) return { status: 404, json: { error: 'no such chat' } }
    if (m[2] === 'ops') {
      const op = body.op ?? {}
      if (chat.ended) return { status: 200, json: { events: [], chatEnded: true } }
      if (op.kind === 'message') append(chat, 'Message', chat.client, { text: String(op.text) })
      else if (op.kind === 'typingStarted') append(chat, 'TypingStarted', chat.client)
      else if (op.kind === 'typingStopped') append(chat, 'TypingStopped', chat.client)
      else if (op.kind === 'userData') Object.assign(chat.userData, op.userData)
      else if (op.kind === 'end') {
        append(chat, 'ParticipantLeft', chat.client)
        chat.ended = true
      } else return { status: 400, json: { error: `unsupported op ${op.kind}` } }
      return { status: 200, json: { events: [], chatEnded: chat.ended } }
    }
    const after = Number(query.get('after') ?? 0)
    const newer = () => chat.events.filter((e) => e.index > after)
    if (query.get('wait') === '1' && newer().length === 0 && !chat.ended) {
      await new Promise((resolve) => {
        const token = {}
        const done = () => {
          chat.waiters.delete(done)
          parked.delete(token)
          clock.clearTimeout(timer)
          resolve()
        }
        const timer = clock.setTimeout(done, HOLD_MS)
        parked.add(token)
        chat.waiters.add(done)
      })
    }
    const events = newer()
    return { status: 200, json: { events, cursor: events.at(-1)?.index ?? after, chatEnded: chat.ended } }
  }

  const admin = {
    join(role = 'Agent', name) {
      const chat = current()
      const p = {
        name: name ?? `${role} ${chat.agents.length + 1}`,
        type: role,
        participantId: chat.agents.length + 2,
      }
      chat.agents.push(p)
      append(chat, 'ParticipantJoined', p)
    },
    agent(role = 'Agent') {
      const p = current().agents.find((a) => a.type === role && !a.left)
      if (!p) throw new Error(`no ${role} in the chat`)
      return p
    },
    leave(role) {
      const p = admin.agent(role)
      p.left = true
      append(current(), 'ParticipantLeft', p)
    },
    say: (text, role) => append(current(), 'Message', admin.agent(role), { text }),
    typing: (on, role) => append(current(), on ? 'TypingStarted' : 'TypingStopped', admin.agent(role)),
    end() {
      const chat = current()
      for (const a of chat.agents.filter((x) => !x.left)) append(chat, 'ParticipantLeft', a)
      chat.ended = true
      for (const wake of [...chat.waiters]) wake()
    },
    current,
  }
  return { handle, admin, faults, parked }
}

async function listen(server) {
  const inFlight = new Set()
  const http = createServer((req, res) => {
    const url = new URL(req.url, 'http://x')
    let raw = ''
    req.on('data', (c) => {
      raw += c
    })
    req.on('end', async () => {
      const entry = {}
      inFlight.add(entry)
      try {
        const body = raw ? JSON.parse(raw) : {}
        const out = await server.handle(req.method, url.pathname, url.searchParams, body)
        if (out.destroy) req.socket.destroy()
        else {
          res.writeHead(out.status, { 'content-type': 'application/json' })
          res.end(JSON.stringify(out.json))
        }
      } catch (e) {
        res.writeHead(400, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ error: String(e) }))
      } finally {
        inFlight.delete(entry)
      }
    })
  })
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve))
  const { port } = http.address()
  return {
    url: `http://127.0.0.1:${port}`,
    inFlight,
    async close() {
      const closed = new Promise((resolve) => http.close(() => resolve()))
      http.closeAllConnections()
      await closed
    },
  }
}

// ---- the client transport: only the public ChatTransport contract ----

const capabilities = {
  customNotice: false,
  updateUserDataInSession: true,
  polling: true,
  pollExceptionReset: false,
  fileUpload: false,
  fileDownload: false,
  fileLimits: false,
  history: false,
  async: false,
  offlineEvents: false,
  botEvents: false,
}

function toEvent(e) {
  return {
    index: e.index,
    wireIndex: e.index,
    type: e.type,
    wireType: e.type,
    from: { name: e.from.name, type: e.from.type, participantId: e.from.participantId },
    timestamp: e.timestamp,
    ...(e.text === undefined ? {} : { text: e.text }),
  }
}

export function createJlpTransport({ baseUrl, fetch = globalThis.fetch }) {
  async function call(method, path, body, o = {}) {
    let response
    try {
      const signals = [o.signal, o.timeout ? AbortSignal.timeout(o.timeout) : undefined].filter(Boolean)
      response = await fetch(`${baseUrl}${path}`, {
        method,
        ...(body === undefined
          ? {}
          : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
        ...(signals.length ? { signal: AbortSignal.any(signals) } : {}),
      })
    } catch (error) {
      const kind =
        error?.name === 'TimeoutError' ? 'timeout' : error?.name === 'AbortError' ? 'aborted' : 'network'
      const ajax = {
        status: 0,
        statusText: kind === 'network' ? 'error' : kind === 'aborted' ? 'abort' : 'timeout',
        responseText: '',
        responseJSON: undefined,
      }
      return { ok: false, kind, retryable: kind !== 'aborted', message: String(error), response: ajax }
    }
    const text = await response.text()
    let json
    try {
      json = JSON.parse(text)
    } catch {}
    const ajax = {
      status: response.status,
      statusText: response.statusText,
      responseText: text,
      responseJSON: json,
    }
    if (response.status === 404)
      return { ok: false, kind: 'session-lost', retryable: false, message: 'chat not found', response: ajax }
    if (!response.ok)
      return {
        ok: false,
        kind: 'http',
        retryable: response.status >= 500,
        message: `HTTP ${response.status}`,
        response: ajax,
      }
    if (typeof json !== 'object' || json === null) {
      return {
        ok: false,
        kind: 'decode',
        retryable: false,
        message: 'not JSON',
        response: ajax,
        issues: [{ path: '', message: 'expected a JSON object' }],
      }
    }
    if (json.error)
      return {
        ok: false,
        kind: 'server',
        retryable: json.retryable === true,
        message: json.error,
        response: ajax,
      }
    return { ok: true, json, response: ajax }
  }
  const batch = (json, session) => ({
    events: (json.events ?? []).map(toEvent),
    originalMessages: json.events ?? [],
    session,
    chatEnded: json.chatEnded === true,
    ...(json.cursor === undefined ? {} : { cursor: json.cursor }),
  })
  const result = (r, session) =>
    r.ok ? { ok: true, value: batch(r.json, session), response: r.response } : r
  const events = (session, after, wait, o) =>
    call(
      'GET',
      `/chats/${session.chatId}/events?secret=${encodeURIComponent(session.secret)}&after=${after ?? 0}&wait=${wait ? 1 : 0}`,
      undefined,
      wait ? { signal: o?.signal } : o,
    )

  return {
    name: 'json-long-poll',
    capabilities,
    async start(input, o) {
      const r = await call('POST', '/chats', input, o)
      return r.ok ? result(r, { chatId: r.json.chatId, secret: r.json.secret }) : r
    },
    async send(session, op, o) {
      return result(
        await call('POST', `/chats/${session.chatId}/ops`, { secret: session.secret, op }, o),
        session,
      )
    },
    async poll(session, cursor, o) {
      return result(await events(session, cursor, true, o), session)
    },
    async restore(session, o) {
      return result(await events(session, 0, false, o), session)
    },
  }
}

// ---- the target ----

export default {
  name: 'json-long-poll/loopback',
  description: 'an independent JSON-over-HTTP long-poll transport and server (conformance/examples)',
  async setup({ clock }) {
    const server = createJlpServer(clock)
    const listener = await listen(server)
    const inFlightClient = new Set()
    const fetch = (input, init) => {
      const p = globalThis.fetch(input, init)
      const done = p.then((r) => r.clone().arrayBuffer()).catch(() => undefined)
      inFlightClient.add(done)
      done.then(() => inFlightClient.delete(done))
      return p
    }
    const { admin, faults } = server
    return {
      createTransport: () => createJlpTransport({ baseUrl: listener.url, fetch }),
      webchatConfig: ({ sleepEnabled, ...settings }) => ({
        dataURL: `${listener.url}/chats`,
        ...settings,
        ...(sleepEnabled === undefined ? {} : { transport: { sleepEnabled } }),
      }),
      controller: {
        agentJoin: async (role, name) => admin.join(role, name),
        agentLeave: async (role) => admin.leave(role),
        agentSay: async (text, role) => void admin.say(text, role),
        agentTyping: async (on, role) => void admin.typing(on, role),
        endSession: async () => admin.end(),
        goOffline: async () => {
          faults.offline = true
        },
        goOnline: async () => {
          faults.offline = false
        },
        failNext: async (count, kind) => {
          for (let i = 0; i < count; i++) faults.queue.push(kind)
        },
        inspect: async () => {
          const chat = admin.current()
          const clientMessages = chat.events
            .filter((e) => e.from.type === 'Client' && e.text !== undefined)
            .map((e) => ({ type: e.type, text: e.text }))
          const userData = Object.fromEntries(Object.entries(chat.userData).map(([k, v]) => [k, String(v)]))
          return { clientMessages, userData, ended: chat.ended }
        },
      },
      // Idle = every request has its reply, or is a long-poll parked at the server waiting on the clock.
      async idle() {
        const deadline = Date.now() + 2_000
        while (Date.now() < deadline) {
          const waiting = inFlightClient.size - server.parked.size
          if (waiting <= 0 && listener.inFlight.size <= server.parked.size) return
          await new Promise((resolve) => setTimeout(resolve, 1))
        }
      },
      close: async () => {
        for (const chat of [admin.current()].filter(Boolean)) for (const wake of [...chat.waiters]) wake()
        await listener.close()
      },
    }
  },
}
