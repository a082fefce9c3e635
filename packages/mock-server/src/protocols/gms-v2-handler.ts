import {
  encodeGmsReply,
  GMS_APIKEY_HEADER,
  GMS_FILE_ID_KEY,
  GMS_FILE_LIMITS_NOTICE_TEXT,
  type GmsReplyInit,
  type GmsRequestChat,
  type GmsSessionRequest,
  readGmsRequest,
  writeGmsError,
  writeGmsFile,
  writeGmsReply,
} from '@chatwire/codec-gms-v2'
import type { TranscriptEvent } from '@chatwire/core'
import type { FaultPlan } from '../faults/fault-injector.js'
import { type JsonReply, jsonReply, type Reply } from '../http/json-reply.js'
import type { ChatSession } from '../model/chat-session.js'
import { appendFileEvent } from '../model/file-event.js'
import { toUserData } from '../model/user-data.js'
import { gmsError, gmsFileRefusal } from './gms-errors.js'
import { gmsEvent, gmsUnindexedEvent } from './render-event.js'
import { type ServerContext, shapeDelivery, withFaults } from './server-context.js'

/** GMS Chat API v2 at /genesys/2/chat/{serviceName}/… (gms-chat-v2.md; real-widget.md §2.1–2.3). */
export async function handleGmsV2(ctx: ServerContext, request: Request): Promise<Reply> {
  const parsed = await readGmsRequest(request, {
    basePath: `/genesys/2/chat/${encodeURIComponent(ctx.gmsServiceName)}`,
  })
  if (!parsed.ok) return writeGmsError(parsed)
  const req = parsed.request
  // real-widget.md §2.2: the download is a form navigation without the apikey header; it authenticates by its fields
  if (
    ctx.apiKey !== undefined &&
    req.operation !== 'fileDownload' &&
    request.headers.get(GMS_APIKEY_HEADER) !== ctx.apiKey
  ) {
    return gmsError('badApiKey')
  }
  if (req.operation === 'requestChat') {
    return withFaults(
      ctx,
      undefined,
      (kind) => failure(kind, undefined),
      () => requestChat(ctx, req),
    )
  }
  const session = authorise(ctx, req)
  if (session instanceof Response) return session
  return withFaults(
    ctx,
    session,
    (kind) => failure(kind, session),
    (plan) => operate(ctx, session, req, plan),
  )
}

/** Session calls: the chat must exist and be GMS; secureKey must match; a non-empty userId/alias must too. */
function authorise(ctx: ServerContext, req: GmsSessionRequest): ChatSession | Response {
  const session = ctx.centre.store.get(req.chatId)
  if (session === undefined || session.protocol !== 'gms-v2') return gmsError('noSuchChat')
  if (!constantTimeEqual(req.identity.secureKey, session.secureKey)) return gmsError('badSecureKey')
  const { userId, alias } = req.identity
  if ((userId !== '' && userId !== session.userId) || (alias !== '' && alias !== session.alias)) {
    return gmsError('notInSession')
  }
  session.lastClientRequest = ctx.clock.now()
  return session
}

function failure(kind: NonNullable<FaultPlan['failure']>, session: ChatSession | undefined): Response {
  if (kind === 'http5xx') return gmsError('injected5xx', undefined, 1)
  // gms-chat-v2.md §3: an HTTP 200 whose statusCode 1 = retry, 2 = do not retry; the other fields must
  // not be trusted, so a reply before any session exists (request chat) carries none of them
  const statusCode = kind === 'statusCode2' ? 2 : 1
  if (session !== undefined)
    return writeGmsReply({ ...identity(session), statusCode, chatEnded: session.ended })
  if (kind === 'offline') return gmsError('offline', undefined, 1)
  return writeGmsReply({ statusCode, chatEnded: false })
}

/** real-widget.md §2.3: echo chatId, alias, secureKey, userId in every 2xx reply; always send chatEnded. */
function identity(s: ChatSession): GmsReplyInit {
  return { chatId: s.id, alias: s.alias, secureKey: s.secureKey, userId: s.userId, chatEnded: s.ended }
}

function requestChat(ctx: ServerContext, req: GmsRequestChat): Response {
  const names = [req.nickname, req.firstName, req.lastName, req.emailAddress, req.subject]
  if (names.some((n) => n.length > 200))
    return gmsError('badField', 'A name, emailAddress or subject is too long')
  if (req.text.length > ctx.maxMessageLength) return gmsError('tooLong')
  const fields: Record<string, string> = Object.create(null)
  for (const [k, v] of Object.entries({
    nickname: req.nickname,
    firstName: req.firstName,
    lastName: req.lastName,
    emailAddress: req.emailAddress,
    subject: req.subject,
    endpoint: req.endpoint,
  })) {
    if (v !== undefined && v !== '') fields[k] = v
  }
  const fullName = `${req.firstName} ${req.lastName}`.trim()
  const session = ctx.centre.createSession({
    protocol: 'gms-v2',
    serviceName: ctx.gmsServiceName,
    // real-widget.md §2.2: all names may be empty [INF]; default a nickname
    clientName: req.nickname.trim() || fullName || 'Customer',
    clientFields: fields,
    userData: toUserData(req.userData),
  })
  // real-widget.md §2.2: `text=""` means no first message
  if (req.text !== '') session.append('Message', session.client, { text: req.text })
  return writeGmsReply({
    ...identity(session),
    messages: session.events.map(gmsEvent),
    nextPosition: session.lastSeq + 1,
  })
}

/** Events for `transcriptPosition` (0 = none, 1/omitted = all, n = index ≥ n: gms-chat-v2.md §2.4). */
function transcriptFrom(
  ctx: ServerContext,
  s: ChatSession,
  position: number | undefined,
  plan: FaultPlan,
): TranscriptEvent[] {
  if (position === 0) return []
  const from = Math.max(1, position ?? 1)
  const page = s.eventsFrom(from)
  const previous = plan.duplicate ? s.events.slice(Math.max(0, from - 1 - page.length), from - 1) : []
  return shapeDelivery(ctx, plan, page, previous).map(gmsEvent)
}

async function operate(
  ctx: ServerContext,
  s: ChatSession,
  req: GmsSessionRequest,
  plan: FaultPlan,
): Promise<Reply> {
  const ok = (extra: GmsReplyInit = {}): JsonReply => jsonReply(encodeGmsReply({ ...identity(s), ...extra }))
  // nextPosition only in replies that carry the transcript: a client that follows it must not skip events
  const withTranscript = (position: number | undefined): GmsReplyInit => ({
    messages: transcriptFrom(ctx, s, position, plan),
    nextPosition: s.lastSeq + 1,
  })
  if (req.operation === 'refresh') return ok(withTranscript(req.transcriptPosition))
  if (req.operation === 'disconnect') {
    s.end()
    return ok({ chatEnded: true })
  }
  if (req.operation === 'fileDownload') {
    const r = s.files.download(req.fileId)
    if (!r.ok) return gmsFileRefusal(r.refusal)
    return writeGmsFile(
      new Blob([r.value.bytes as Uint8Array<ArrayBuffer>], { type: r.value.mime }),
      r.value.name,
    )
  }
  if (req.operation === 'fileLimits') {
    const notice = {
      type: 'Notice' as const,
      from: s.client,
      time: ctx.clock.now(),
      text: GMS_FILE_LIMITS_NOTICE_TEXT,
    }
    return ok({ messages: [gmsUnindexedEvent({ ...notice, userData: s.files.limitsUserData() })] })
  }
  if (req.operation === 'readReceipt') return ok()
  if (s.ended) return gmsError(s.abandoned ? 'removedAfterTimeout' : 'chatEnded')
  const client = s.client
  ctx.centre.clientActivity(s)
  switch (req.operation) {
    case 'send': {
      if (req.message.length > ctx.maxMessageLength) return gmsError('tooLong')
      s.stopTyping(client, false)
      s.append('Message', client, {
        text: req.message,
        ...(req.messageType === undefined ? {} : { messageType: req.messageType }),
        ...(req.eventAttributes === undefined ? {} : { content: req.eventAttributes }),
      })
      const position = req.transcriptPosition
      return ok(position === undefined || position === 0 ? {} : withTranscript(position))
    }
    case 'startTyping':
      s.startTyping(client, req.message, ctx.centre.typingTimeoutMs)
      return ok()
    case 'stopTyping':
      s.stopTyping(client, true, req.message)
      return ok()
    case 'customNotice':
      // real-widget.md §2.2: the wake notice has no message, only eventAttributes.purpose = cancel-idle-timer
      if (req.message !== undefined) {
        if (req.message.length > ctx.maxMessageLength) return gmsError('tooLong')
        s.append('CustomNotice', client, {
          text: req.message,
          ...(req.eventAttributes === undefined ? {} : { content: req.eventAttributes }),
        })
      }
      return ok()
    case 'pushUrl':
      if (req.pushUrl.length > 4000) return gmsError('badField', 'pushUrl is too long')
      s.append('PushUrl', client, { text: req.pushUrl, url: req.pushUrl })
      return ok()
    case 'updateNickname':
      if (req.nickname.trim() === '' || req.nickname.length > 200)
        return gmsError('badField', 'nickname: 1 to 200 characters')
      client.name = req.nickname
      s.append('NicknameUpdated', client, { text: req.nickname })
      return ok()
    case 'updateData':
      s.mergeUserData(toUserData(req.userData))
      return ok()
    case 'fileUpload': {
      const r = s.files.upload({
        name: req.fileName,
        mime: req.file.type || 'application/octet-stream',
        bytes: new Uint8Array(await req.file.arrayBuffer()),
        uploadedBy: client.number,
        agentPresent: s.agentsPresent(),
      })
      if (!r.ok) return gmsFileRefusal(r.refusal)
      appendFileEvent(s, client, r.value)
      return ok({ userData: { [GMS_FILE_ID_KEY]: r.value.id } })
    }
    case 'fileDelete': {
      const r = s.files.delete(req.fileId)
      if (!r.ok) return gmsFileRefusal(r.refusal)
      s.append('FileDeleted', client, { text: r.value.name, userData: { [GMS_FILE_ID_KEY]: r.value.id } })
      return ok()
    }
  }
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}
