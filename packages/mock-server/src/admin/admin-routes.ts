import * as v from 'valibot'
import { formatIssue, parseFaultConfig } from '../faults/fault-config.js'
import { json, readJsonBody } from '../http/responses.js'
import type { ContactCentre } from '../model/contact-centre.js'
import { parseScenario } from '../scenario/scenario.js'
import type { AdminController, AdminResult } from './admin-controller.js'
import {
  ActBody,
  decodeBase64,
  FailNextBody,
  FileBody,
  JoinBody,
  NoticeBody,
  PushUrlBody,
  SayBody,
  TypeBody,
} from './admin-schemas.js'

const STATUS: Record<string, number> = {
  SESSION_NOT_FOUND: 404,
  SESSION_ENDED: 409,
  NO_AGENT: 409,
  PARTICIPANT_NOT_FOUND: 404,
  FILE_REFUSED: 422,
}

function reply<T>(r: AdminResult<T>): Response {
  return r.ok ? json(r.value) : json({ error: { code: r.code, message: r.message } }, STATUS[r.code] ?? 400)
}

function badRequest(message: string, issues: string[] = []): Response {
  return json({ error: { code: 'BAD_REQUEST', message, issues } }, 400)
}

/** The admin HTTP API under /admin/ (JSON in, JSON out); see the README for the route list. */
export async function handleAdmin(
  request: Request,
  segments: readonly string[],
  admin: AdminController,
  centre: ContactCentre,
): Promise<Response> {
  const method = request.method
  if (method !== 'GET' && method !== 'HEAD') {
    const refused = refuseCrossSiteWrite(request)
    if (refused !== undefined) return refused
  }
  const body = method === 'GET' ? { ok: true as const, value: undefined } : await readJsonBody(request)
  if (!body.ok) return badRequest(body.error)
  const parse = <S extends v.GenericSchema>(schema: S): v.InferOutput<S> | Response => {
    const r = v.safeParse(schema, body.value)
    return r.success ? r.output : badRequest('invalid body', r.issues.map(formatIssue))
  }
  const [a, id, action, extra] = segments
  if (a === 'status' && method === 'GET') {
    return json({ offline: admin.offline, sessions: centre.store.size, scenario: centre.scenario.name })
  }
  if (a === 'sessions' && id === undefined && method === 'GET') return json(admin.sessions())
  if (a === 'sessions' && id !== undefined && action === undefined && method === 'GET')
    return reply(admin.session(id))
  if (a === 'offline' && method === 'POST') {
    admin.goOffline()
    return json({ offline: true })
  }
  if (a === 'online' && method === 'POST') {
    admin.goOnline()
    return json({ offline: admin.offline })
  }
  if (a === 'faults' && id === undefined && method === 'GET') return json(centre.faults.global)
  if (a === 'faults' && id === undefined && method === 'PUT') {
    const f = parseFaultConfig(body.value ?? {})
    return f.ok ? reply(admin.setFaults(f.value)) : badRequest('invalid faults', f.issues)
  }
  if (a === 'fail-next' && method === 'POST') {
    const b = parse(FailNextBody)
    return b instanceof Response ? b : reply(admin.failNext(b.sessionId, b.n ?? 1, b.kind))
  }
  if (a === 'scenario' && method === 'GET') return json(centre.scenario)
  if (a === 'scenario' && method === 'PUT') {
    const s = parseScenario(body.value)
    if (!s.ok) return badRequest('invalid scenario', s.issues)
    centre.setScenario(s.value)
    return json(s.value)
  }
  if (a !== 'sessions' || id === undefined || action === undefined) return notFound()
  if (method === 'GET' && action === 'files' && extra !== undefined)
    return downloadForConsole(centre, id, extra)
  if (method === 'PUT' && action === 'faults') {
    const f = parseFaultConfig(body.value ?? {})
    return f.ok ? reply(admin.setFaults(f.value, id)) : badRequest('invalid faults', f.issues)
  }
  if (method !== 'POST') return notFound()
  switch (action) {
    case 'join': {
      const b = parse(JoinBody)
      return b instanceof Response ? b : reply(admin.join(id, b ?? {}))
    }
    case 'leave': {
      const b = parse(ActBody)
      return b instanceof Response ? b : reply(admin.leave(id, b ?? {}))
    }
    case 'say': {
      const b = parse(SayBody)
      return b instanceof Response ? b : reply(admin.say(id, b.text, b))
    }
    case 'type': {
      const b = parse(TypeBody)
      return b instanceof Response ? b : reply(admin.type(id, b?.typing ?? true, b ?? {}))
    }
    case 'push-url': {
      const b = parse(PushUrlBody)
      return b instanceof Response ? b : reply(admin.pushUrl(id, b.url, b))
    }
    case 'notice': {
      const b = parse(NoticeBody)
      return b instanceof Response ? b : reply(admin.notice(id, b.text, b))
    }
    case 'file': {
      const b = parse(FileBody)
      if (b instanceof Response) return b
      const bytes = b.base64 !== undefined ? decodeBase64(b.base64) : new TextEncoder().encode(b.text ?? '')
      if (bytes === undefined) return badRequest('base64 is not valid base64')
      return reply(admin.sendFile(id, { name: b.name, mime: b.mime ?? 'application/octet-stream', bytes }, b))
    }
    case 'end':
      return reply(admin.end(id))
    default:
      return notFound()
  }
}

/**
 * Writes must be JSON (a cross-origin JSON request needs a CORS preflight, which the admin API never
 * grants) and must not come from another site (`Sec-Fetch-Site: cross-site`): a page elsewhere cannot
 * drive the mock with a form or a no-cors fetch.
 */
function refuseCrossSiteWrite(request: Request): Response | undefined {
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    return json({ error: { code: 'CROSS_SITE', message: 'admin writes from another site are refused' } }, 403)
  }
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') {
    return json(
      {
        error: {
          code: 'UNSUPPORTED_MEDIA_TYPE',
          message: 'admin writes need content-type: application/json',
        },
      },
      415,
    )
  }
  return undefined
}

function downloadForConsole(centre: ContactCentre, sessionId: string, fileId: string): Response {
  const file = centre.store.get(sessionId)?.files.peek(fileId)
  if (file === undefined) return json({ error: { code: 'FILE_NOT_FOUND', message: 'no such file' } }, 404)
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': file.mime,
      'content-disposition': `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"`,
    },
  })
}

function notFound(): Response {
  return json({ error: { code: 'NOT_FOUND', message: 'no such admin route' } }, 404)
}
