import { createGmsV2Transport } from '@chatwire/codec-gms-v2'
import { createNexusV3Transport } from '@chatwire/codec-nexus-v3'
import type { FetchLike } from '@chatwire/core'
import { createMockChatServer } from '@chatwire/mock-server'
import type {
  CaseSettings,
  ConformanceTarget,
  FaultKind,
  ServerRole,
  ServerSessionView,
  TargetController,
  TargetInstance,
} from '../target.js'
import { trackedFetch } from './tracked-fetch.js'

export type Protocol = 'gms-v2' | 'nexus-v3'
export type Mode = 'in-process' | 'loopback'

const SERVICE = 'customer-support'
const API_KEY = 'conformance-key'
/** Origin used for in-process requests (never resolved: the handler is called directly). */
const IN_PROCESS_ORIGIN = 'http://mock.chatwire.test'

/** The suite's fault kinds in the mock server's vocabulary. */
const MOCK_FAULT = {
  network: 'drop',
  http: 'http5xx',
  'server-retryable': 'statusCode1',
  'server-fatal': 'statusCode2',
} as const satisfies Record<FaultKind, string>

/** A built-in target: chatwire's own transport for `protocol` against the mock server. */
export function mockServerTarget(protocol: Protocol, mode: Mode): ConformanceTarget {
  return {
    name: `${protocol}/${mode}`,
    description: `@chatwire/codec-${protocol} against @chatwire/mock-server ${mode === 'loopback' ? 'over real loopback HTTP' : 'in-process (fetch = mock.fetch)'}`,
    async setup({ clock, seed }): Promise<TargetInstance> {
      const server = createMockChatServer({ scenario: 'silent', clock, seed, apiKey: API_KEY })
      const listener = mode === 'loopback' ? await server.listen({ port: 0, host: '127.0.0.1' }) : undefined
      const origin = listener?.url.replace(/\/$/, '') ?? IN_PROCESS_ORIGIN
      const inner: FetchLike =
        listener === undefined
          ? (input, init) =>
              server.fetch(input instanceof Request && init === undefined ? input : new Request(input, init))
          : (input, init) => globalThis.fetch(input, init)
      const tracked = trackedFetch(inner)
      const gmsURL = `${origin}/genesys/2/chat/${SERVICE}`
      const nexusURL = `${origin}/nexus/v3/chat/sessions`
      const webchatConfig = (settings: CaseSettings): Record<string, unknown> =>
        protocol === 'gms-v2'
          ? {
              dataURL: gmsURL,
              apikey: API_KEY,
              ...(settings.sleepEnabled === undefined
                ? {}
                : { transport: { sleepEnabled: settings.sleepEnabled } }),
              ...commonOptions(settings),
            }
          : {
              transport: {
                type: 'pureengage-v3-rest',
                dataURL: nexusURL,
                endpoint: SERVICE,
                headers: { 'x-api-key': API_KEY },
                ...(settings.async === undefined ? {} : { async: settings.async }),
                ...(settings.sleepEnabled === undefined ? {} : { sleepEnabled: settings.sleepEnabled }),
              },
              ...commonOptions(settings),
            }
      return {
        createTransport: (settings) =>
          protocol === 'gms-v2'
            ? createGmsV2Transport({ dataURL: gmsURL, apikey: API_KEY, fetch: tracked.fetch })
            : createNexusV3Transport({ ...webchatConfig(settings), fetch: tracked.fetch } as never),
        webchatConfig,
        controller: mockController(server.admin),
        idle: tracked.idle,
        async close() {
          await listener?.close()
        },
      }
    },
  }
}

function commonOptions(settings: CaseSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (settings.userData !== undefined) out.userData = settings.userData
  if (settings.ajaxTimeout !== undefined) out.ajaxTimeout = settings.ajaxTimeout
  if (settings.pollExceptionLimit !== undefined) out.pollExceptionLimit = settings.pollExceptionLimit
  if (settings.restoreTimeout !== undefined) out.restoreTimeout = settings.restoreTimeout
  return out
}

type Admin = ReturnType<typeof createMockChatServer>['admin']

/** The controller over the mock server's admin API: every call acts on the newest session. */
export function mockController(admin: Admin): TargetController {
  const current = (): string => {
    const all = admin.sessions()
    const newest = [...all].sort((a, b) => a.createdAt - b.createdAt).at(-1)
    if (newest === undefined) throw new Error('the mock server has no session yet')
    return newest.id
  }
  const ok = <T>(r: { ok: true; value: T } | { ok: false; message: string }, what: string): T => {
    if (!r.ok) throw new Error(`mock server refused ${what}: ${r.message}`)
    return r.value
  }
  const actor = (role: ServerRole | undefined): { participantId?: number } => {
    const detail = ok(admin.session(current()), 'session')
    const p = detail.participants.find((x) => x.connected && x.type === (role ?? 'Agent'))
    return p === undefined ? {} : { participantId: p.participantId }
  }
  return {
    async agentJoin(role, name) {
      ok(admin.join(current(), { type: role ?? 'Agent', name: name ?? defaultName(role) }), 'join')
    },
    async agentLeave(role) {
      ok(admin.leave(current(), actor(role)), 'leave')
    },
    async agentSay(text, role) {
      ok(admin.say(current(), text, actor(role)), 'say')
    },
    async agentTyping(typing, role) {
      ok(admin.type(current(), typing, actor(role)), 'type')
    },
    async agentSendFile(name, bytes) {
      const event = ok(
        admin.sendFile(current(), { name, mime: 'text/plain', bytes }, actor('Agent')),
        'sendFile',
      )
      const data = event.userData ?? {}
      const key = Object.keys(data).find((k) => /file-?id/i.test(k))
      if (key === undefined)
        throw new Error(`the mock server's FileUploaded event has no file id: ${JSON.stringify(data)}`)
      return data[key] ?? ''
    },
    async endSession() {
      ok(admin.end(current()), 'end')
    },
    async goOffline() {
      admin.goOffline()
    },
    async goOnline() {
      admin.goOnline()
    },
    async failNext(count, kind) {
      const sessions = admin.sessions().filter((s) => !s.ended)
      ok(admin.failNext(sessions.length === 0 ? undefined : current(), count, MOCK_FAULT[kind]), 'failNext')
    },
    async inspect(): Promise<ServerSessionView> {
      const detail = ok(admin.session(current()), 'session')
      const clientMessages = detail.transcript
        .filter((e) => e.from.type === 'Client' && e.text !== undefined)
        .map((e) => ({ type: e.type as string, text: e.text ?? '' }))
      const userData: Record<string, string> = {}
      for (const [k, v] of Object.entries(detail.userData)) userData[k] = String(v)
      return { clientMessages, userData, ended: detail.ended }
    },
  }
}

function defaultName(role: ServerRole | undefined): string {
  return role === 'Supervisor' ? 'Sam Supervisor' : role === 'Bot' ? 'Botty' : 'Ava Agent'
}

/** The four built-in targets: both protocols, in-process and over loopback HTTP. */
export const builtInTargets = {
  inProcess: [mockServerTarget('gms-v2', 'in-process'), mockServerTarget('nexus-v3', 'in-process')],
  loopback: [mockServerTarget('gms-v2', 'loopback'), mockServerTarget('nexus-v3', 'loopback')],
}
