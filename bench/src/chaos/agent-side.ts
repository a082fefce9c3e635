import type { EventView } from '@chatwire/mock-server'

/** The agent side of a chaos chat, driven through the mock server's admin HTTP API (never faulted). */
export interface AgentSide {
  join(sessionId: string): Promise<void>
  say(sessionId: string, text: string): Promise<void>
  /** The server's transcript of the session, in index order. */
  transcript(sessionId: string): Promise<readonly EventView[]>
}

/** An AgentSide over `${baseUrl}/admin/…`; a refusal is a bug of the run, so it throws. */
export function httpAgentSide(baseUrl: string): AgentSide {
  const root = baseUrl.replace(/\/$/, '')
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const res = await fetch(`${root}/admin/sessions/${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    })
    const json: unknown = await res.json()
    if (!res.ok) throw new Error(`admin ${method} ${path} → ${res.status} ${JSON.stringify(json)}`)
    return json
  }
  return {
    async join(id) {
      await call('POST', `${encodeURIComponent(id)}/join`, { name: 'Ava' })
    },
    async say(id, text) {
      await call('POST', `${encodeURIComponent(id)}/say`, { text })
    },
    async transcript(id) {
      const detail = (await call('GET', encodeURIComponent(id))) as { transcript: EventView[] }
      return detail.transcript
    },
  }
}
