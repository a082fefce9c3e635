import type { MockChatServer } from '../src/index.js'

export const ORIGIN = 'http://mock.test'
export const GMS = `${ORIGIN}/genesys/2/chat/customer-support`
export const NEXUS = `${ORIGIN}/nexus/v3/chat/sessions`

/** A form body the way the real widget encodes it: identity first, `+` for spaces (real-widget.md §2.1). */
export function form(fields: readonly (readonly [string, string])[]): string {
  return new URLSearchParams(fields as [string, string][]).toString()
}

export interface WireEvent {
  index?: number | string
  type: string
  utcTime: number
  text?: string
  from: { nickname: string; participantId: number | string; type: string }
  content?: { type: string; mime: string; url: string }[]
  userData?: Record<string, string>
}

/** The reply bodies of both protocols, loosely: tests read what they check. */
export interface Json {
  statusCode?: number
  chatEnded?: boolean
  chatId?: string
  alias?: string
  secureKey?: string
  userId?: string
  nextPosition?: number
  messages?: WireEvent[]
  errors?: { code: number | string; advice?: string }[]
  userData?: Record<string, string>
  status?: { code: string | number; message: string }
  data?: { clientToken?: string; messages?: WireEvent[]; chatEnded?: boolean; userData?: unknown }
}

export async function gmsPost(
  server: Pick<MockChatServer, 'fetch'>,
  path: string,
  fields: readonly (readonly [string, string])[],
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Json }> {
  const res = await server.fetch(
    new Request(`${GMS}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: form(fields),
    }),
  )
  return { status: res.status, body: (await res.json()) as Json }
}

export interface GmsChat {
  chatId: string
  secureKey: string
  userId: string
  alias: string
}

/** Request chat exactly as the 9.0.018.07 widget does: trailing slash, empty identity, `text=` (real-widget.md §2.2). */
export async function gmsStart(
  server: Pick<MockChatServer, 'fetch'>,
  nickname = 'Carla',
  headers: Record<string, string> = {},
): Promise<GmsChat & { body: Json }> {
  const r = await gmsPost(
    server,
    '/',
    [
      ['alias', ''],
      ['secureKey', ''],
      ['userId', ''],
      ['nickname', nickname],
      ['firstName', ''],
      ['lastName', ''],
      ['emailAddress', ''],
      ['subject', ''],
      ['text', ''],
      ['userData[GCTI_LanguageCode]', 'en'],
      ['userData[_genesys_source]', 'web'],
      ['userData[_genesys_referrer]', ''],
      ['userData[_genesys_widgets]', '9.0.018.07'],
    ],
    headers,
  )
  if (r.status !== 200) throw new Error(`request chat failed: ${r.status} ${JSON.stringify(r.body)}`)
  const { chatId = '', secureKey = '', userId = '', alias = '' } = r.body
  return { chatId, secureKey, userId, alias, body: r.body }
}

export function identity(c: GmsChat): [string, string][] {
  return [
    ['alias', c.alias],
    ['secureKey', c.secureKey],
    ['userId', c.userId],
  ]
}

export function refresh(
  server: Pick<MockChatServer, 'fetch'>,
  c: GmsChat,
  position = 1,
  headers: Record<string, string> = {},
) {
  return gmsPost(
    server,
    `/${c.chatId}/refresh`,
    [...identity(c), ['transcriptPosition', String(position)], ['message', '']],
    headers,
  )
}

export function send(server: Pick<MockChatServer, 'fetch'>, c: GmsChat, message: string) {
  return gmsPost(server, `/${c.chatId}/send`, [...identity(c), ['message', message], ['messageType', 'text']])
}

export async function nexus(
  server: Pick<MockChatServer, 'fetch'>,
  method: string,
  path: string,
  options: {
    token?: string
    body?: readonly (readonly [string, string])[]
    headers?: Record<string, string>
  } = {},
): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token !== undefined) headers['x-nexus-client-key'] = options.token
  if (options.body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded; charset=UTF-8'
  const res = await server.fetch(
    new Request(`${NEXUS}${path}`, {
      method,
      headers,
      ...(options.body === undefined ? {} : { body: form(options.body) }),
    }),
  )
  const text = await res.text()
  return { status: res.status, body: text === '' ? {} : (JSON.parse(text) as Json) }
}

/** The payload of a JWT, read the way the widget does (atob of the middle part). */
export function tokenPayload(token: string): Record<string, string> {
  return JSON.parse(atob(token.split('.')[1] as string)) as Record<string, string>
}

/** A v3 start as the widget sends it (real-widget.md §2.6). */
export async function nexusStart(
  server: Pick<MockChatServer, 'fetch'>,
  nickname = 'Nora',
  headers: Record<string, string> = {},
): Promise<{ token: string; sessionId: string; transportId: string; participantId: string }> {
  const r = await nexus(server, 'POST', '', {
    headers,
    body: [
      ['data[firstName]', nickname],
      ['data[lastName]', ''],
      ['data[nickname]', nickname],
      ['data[endpoint]', 'demo'],
      ['data[userData][_genesys_source]', 'web'],
      ['operationId', 'ee8c0c555f-327bd-b65cc-86e47-4ab7a3b671d7daa'],
    ],
  })
  if (r.status !== 200) throw new Error(`start failed: ${r.status} ${JSON.stringify(r.body)}`)
  const token = r.body.data?.clientToken ?? ''
  return {
    token,
    ...(tokenPayload(token) as { sessionId: string; transportId: string; participantId: string }),
  }
}
