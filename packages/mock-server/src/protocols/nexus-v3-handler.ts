import {
  type NexusServerRequest,
  nexusReplyBody,
  readNexusRequest,
  writeNexusError,
  writeNexusReply,
  writeNexusRequestError,
} from '@chatwire/codec-nexus-v3'
import type { FaultPlan } from '../faults/fault-injector.js'
import { jsonReply, type Reply } from '../http/json-reply.js'
import type { ChatSession } from '../model/chat-session.js'
import { appendFileEvent, nexusFileUrl } from '../model/file-event.js'
import type { ModelEvent } from '../model/model-event.js'
import { type NexusIndex, parseNexusIndex, positionOfIndex } from '../model/nexus-index.js'
import { toUserData } from '../model/user-data.js'
import { nexusEvent } from './render-event.js'
import { type ServerContext, shapeDelivery, withFaults } from './server-context.js'

const JSON_UTF8 = 'application/json; charset=utf-8'

/** Most events in one v3 read ([PROP], pureengage-v3.md §9 "cap"). */
const PAGE_CAP = 100

type SessionOp = Exclude<NexusServerRequest, { operation: 'start' | 'resume' }>

/** PureEngage v3 at /nexus/v3/chat/sessions/… (pureengage-v3.md §2–§10; real-widget.md §2.6–2.7). */
export async function handleNexusV3(ctx: ServerContext, request: Request): Promise<Reply> {
  const parsed = await readNexusRequest(request)
  if (!parsed.ok) return writeNexusRequestError(parsed)
  if (ctx.apiKey !== undefined && parsed.apiKey !== ctx.apiKey)
    return writeNexusError('INVALID_CONTACT_CENTER')
  if (parsed.operation === 'start' || parsed.operation === 'resume') {
    return withFaults(ctx, undefined, nexusFailure, () => start(ctx, parsed))
  }
  const auth = await authorise(ctx, parsed)
  if (auth instanceof Response) return auth
  return withFaults(ctx, auth.session, nexusFailure, (plan) => dispatch(ctx, parsed, auth, plan))
}

function nexusFailure(kind: NonNullable<FaultPlan['failure']>): Response {
  return kind === 'statusCode2'
    ? writeNexusError('INTERNAL_ERROR', 'Internal error (fault injection)', 500)
    : writeNexusError('SERVICE_UNAVAILABLE', 'Chat service unavailable', 503)
}

async function dispatch(
  ctx: ServerContext,
  req: SessionOp,
  auth: { session: ChatSession; transportId: string },
  plan: FaultPlan,
): Promise<Reply> {
  const { session, transportId } = auth
  switch (req.operation) {
    case 'messages':
      return messages(ctx, session, transportId, req, plan)
    case 'send': {
      if (session.ended) return writeNexusError('INVALID_SESSION', 'The chat session has ended')
      if (req.text.length > ctx.maxMessageLength) {
        return writeNexusError(
          'INVALID_REQUEST',
          `data[text]: longer than ${ctx.maxMessageLength} characters`,
        )
      }
      const client = session.client
      ctx.centre.clientActivity(session)
      if (req.type === 'TypingStarted') session.startTyping(client, req.text, ctx.centre.typingTimeoutMs)
      else if (req.type === 'TypingStopped') session.stopTyping(client, true, req.text)
      else {
        session.stopTyping(client, false)
        if (req.type === 'Text') session.append('Message', client, { text: req.text })
        else session.append('Unknown', client, { text: req.text, messageType: req.type })
      }
      return jsonReply(nexusReplyBody({ operation: 'send', chatEnded: session.ended }), 200, JSON_UTF8)
    }
    case 'uploadImage': {
      if (session.ended) return writeNexusError('INVALID_SESSION', 'The chat session has ended')
      const bytes = new Uint8Array(await req.file.arrayBuffer())
      const r = session.files.upload({
        name: req.fileName,
        mime: req.file.type,
        bytes,
        uploadedBy: session.client.number,
        agentPresent: session.agentsPresent(),
        imagesOnly: true,
      })
      if (!r.ok) {
        const code = r.refusal === 'LIMIT_TOTAL_SIZE' ? 'LIMIT_FILE_SIZE' : r.refusal
        return writeNexusError(code === 'NEED_AGENT' ? 'INVALID_FILE_TYPE' : code)
      }
      ctx.centre.clientActivity(session)
      appendFileEvent(session, session.client, r.value)
      return writeNexusReply({
        operation: 'uploadImage',
        mediaId: r.value.id,
        url: nexusFileUrl(session, r.value),
      })
    }
    case 'attachment': {
      const file = session.files.peek(req.mediaId)
      if (file === undefined) return writeNexusError('INVALID_REQUEST', 'No such attachment', 404)
      return writeNexusReply({
        operation: 'attachment',
        body: file.bytes as Uint8Array<ArrayBuffer>,
        contentType: file.mime,
      })
    }
    case 'updateUserData': {
      if (session.ended) return writeNexusError('INVALID_SESSION', 'The chat session has ended')
      session.mergeUserData(toUserData(req.userData))
      return writeNexusReply({ operation: 'updateUserData', userData: session.userData })
    }
    case 'leave': {
      if (req.participantId !== session.client.uuid) {
        return writeNexusError('AUTHENTICATION_REQUIRED', 'Not your participant')
      }
      session.end()
      return writeNexusReply({ operation: 'leave' })
    }
  }
}

async function start(
  ctx: ServerContext,
  req: Extract<NexusServerRequest, { operation: 'start' | 'resume' }>,
): Promise<Response> {
  const p = req.start
  if (req.operation === 'resume') {
    const named = p.nickname !== undefined || p.firstName !== undefined || p.lastName !== undefined
    const payload = await ctx.signer.verify(req.clientKey)
    // E2 [PROP]: a token that does not verify (another server, a new secret) is treated like an ended
    // session: a start that carries a name starts afresh, a bare resume is refused
    if (payload === undefined && !named) return writeNexusError('AUTHENTICATION_REQUIRED')
    const session = payload === undefined ? undefined : ctx.centre.store.get(payload.sessionId)
    if (session !== undefined && session.protocol === 'nexus-v3' && !session.ended) {
      // pureengage-v3.md §3 E2 [PROP]: same session and participant, a new transport starting at the newest event
      session.lastClientRequest = ctx.clock.now()
      const transportId = crypto.randomUUID()
      session.addTransport(transportId, session.lastSeq)
      const clientToken = await ctx.signer.sign({
        sessionId: session.id,
        transportId,
        participantId: session.client.uuid,
      })
      return writeNexusReply({ operation: 'resume', clientToken, sessionId: session.id })
    }
    // E2 [PROP]: a resume of an ended session is refused; a start with a stored token (it carries a name) starts afresh
    if (!named) return writeNexusError('INVALID_SESSION')
  }
  if ([p.nickname, p.firstName, p.lastName].some((s) => s !== undefined && s.length > 200)) {
    return writeNexusError('INVALID_NICKNAME', 'Name too long')
  }
  const fields: Record<string, string> = Object.create(null)
  for (const [k, v] of Object.entries(p.data)) if (typeof v === 'string') fields[k] = v
  const session = ctx.centre.createSession({
    protocol: 'nexus-v3',
    serviceName: p.endpoint ?? '',
    // real-widget.md §2.6: a start with no name at all is accepted; default the nickname [INF]
    clientName: nonEmpty(p.nickname) ?? joinName(p.firstName, p.lastName) ?? 'Customer',
    clientFields: fields,
    userData: toUserData(p.userData),
  })
  const transportId = crypto.randomUUID()
  session.addTransport(transportId, 0)
  const clientToken = await ctx.signer.sign({
    sessionId: session.id,
    transportId,
    participantId: session.client.uuid,
  })
  return writeNexusReply({ operation: 'start', clientToken, sessionId: session.id })
}

/** Session calls: the token must verify, name this session and one of its transports. */
async function authorise(
  ctx: ServerContext,
  req: SessionOp,
): Promise<{ session: ChatSession; transportId: string } | Response> {
  const session = ctx.centre.store.get(req.sessionId)
  if (session === undefined || session.protocol !== 'nexus-v3') return writeNexusError('INVALID_SESSION')
  if (req.clientKey === undefined) return writeNexusError('AUTHENTICATION_REQUIRED')
  const payload = await ctx.signer.verify(req.clientKey)
  if (
    payload === undefined ||
    payload.sessionId !== session.id ||
    !session.transports.has(payload.transportId)
  ) {
    return writeNexusError('AUTHENTICATION_REQUIRED')
  }
  session.lastClientRequest = ctx.clock.now()
  return { session, transportId: payload.transportId }
}

/** E3 with the paging rules of pureengage-v3.md §9 [PROP]. */
async function messages(
  ctx: ServerContext,
  session: ChatSession,
  transportId: string,
  req: Extract<SessionOp, { operation: 'messages' }>,
  plan: FaultPlan,
): Promise<Reply> {
  const cursor = session.transports.get(transportId) ?? 0
  let anchor: NexusIndex | undefined
  if (req.index !== undefined) {
    anchor = parseNexusIndex(req.index)
    if (anchor === undefined)
      return writeNexusError(
        'INVALID_REQUEST',
        `index: expected '<ms>-<seq>', got '${req.index.slice(0, 40)}'`,
      )
  }
  const all = session.events
  let page: ModelEvent[]
  if (anchor !== undefined && req.count !== undefined) {
    // last N with index ≤ I; cursor unchanged
    const end = positionOfIndex(all, anchor, false)
    page = all.slice(Math.max(0, end - req.count), end)
  } else if (req.count !== undefined) {
    page = req.count === 0 ? [] : all.slice(-req.count)
    if (!plan.drop) session.transports.set(transportId, Math.max(cursor, session.lastSeq))
  } else {
    // index ≥ I, or after the cursor; an anchor before the first event reads from the start
    const start = anchor === undefined ? cursor : positionOfIndex(all, anchor, true)
    if (start >= session.lastSeq && !session.ended && ctx.centre.longPollMs > 0) {
      await session.waitForChange(ctx.centre.longPollMs)
    }
    page = all.slice(start, start + PAGE_CAP)
    const last = page.at(-1)?.seq ?? cursor
    // a reply dropped on purpose leaves the cursor, so the next poll delivers the same events (nothing lost)
    if (!plan.drop) session.transports.set(transportId, Math.max(cursor, last))
  }
  const previous = plan.duplicate ? all.slice(Math.max(0, cursor - page.length), cursor) : []
  const delivered = shapeDelivery(ctx, plan, page, previous)
  return writeNexusReply({
    operation: 'messages',
    messages: delivered.map(nexusEvent),
    chatEnded: session.ended,
  })
}

function nonEmpty(s: string | undefined): string | undefined {
  return s === undefined || s.trim() === '' ? undefined : s
}

function joinName(first: string | undefined, last: string | undefined): string | undefined {
  return nonEmpty([first ?? '', last ?? ''].join(' ').trim())
}
