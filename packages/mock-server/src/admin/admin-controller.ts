import type { FaultConfig, FaultKind } from '../faults/fault-config.js'
import type { ChatSession } from '../model/chat-session.js'
import type { ContactCentre } from '../model/contact-centre.js'
import { appendFileEvent } from '../model/file-event.js'
import type { Participant } from '../model/participant.js'
import {
  type EventView,
  eventView,
  type ParticipantView,
  participantView,
  type SessionDetail,
  type SessionSummary,
  sessionDetail,
  sessionSummary,
} from './session-view.js'

export type AdminErrorCode =
  | 'SESSION_NOT_FOUND'
  | 'SESSION_ENDED'
  | 'NO_AGENT'
  | 'PARTICIPANT_NOT_FOUND'
  | 'FILE_REFUSED'

export type AdminResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: AdminErrorCode; readonly message: string }

/** Which agent-side party acts: a participantId (GMS number or v3 uuid); default = the first connected agent. */
export interface ActAs {
  readonly participantId?: number | string | undefined
}

export interface AgentSpec {
  readonly name?: string | undefined
  readonly type?: 'Agent' | 'Supervisor' | 'Bot' | undefined
}

/** The agent side, driven by hand: the same operations as the admin HTTP API, in code. */
export interface AdminController {
  sessions(): SessionSummary[]
  session(sessionId: string): AdminResult<SessionDetail>
  join(sessionId: string, agent?: AgentSpec): AdminResult<ParticipantView>
  leave(sessionId: string, as?: ActAs): AdminResult<ParticipantView>
  say(
    sessionId: string,
    text: string,
    as?: ActAs & { readonly messageType?: string | undefined },
  ): AdminResult<EventView>
  type(
    sessionId: string,
    typing: boolean,
    as?: ActAs & { readonly text?: string | undefined },
  ): AdminResult<ParticipantView>
  pushUrl(sessionId: string, url: string, as?: ActAs): AdminResult<EventView>
  /** A custom notice (`CustomNotice`) or, with `system: true`, a system `Notice`. */
  notice(
    sessionId: string,
    text: string,
    options?: ActAs & { readonly system?: boolean | undefined },
  ): AdminResult<EventView>
  sendFile(
    sessionId: string,
    file: { readonly name: string; readonly mime?: string; readonly bytes: Uint8Array },
    as?: ActAs,
  ): AdminResult<EventView>
  end(sessionId: string): AdminResult<SessionSummary>
  goOffline(): void
  goOnline(): void
  readonly offline: boolean
  /** Global faults, or one session's when `sessionId` is given. Replaces the previous settings. */
  setFaults(faults: FaultConfig, sessionId?: string): AdminResult<FaultConfig>
  failNext(sessionId: string | undefined, n: number, kind: FaultKind): AdminResult<{ queued: number }>
}

export function createAdminController(centre: ContactCentre): AdminController {
  const find = (id: string, live = true): AdminResult<ChatSession> => {
    const s = centre.store.get(id)
    if (s === undefined) return fail('SESSION_NOT_FOUND', `no session with id ${JSON.stringify(id)}`)
    if (live && s.ended) return fail('SESSION_ENDED', `session ${id} has ended`)
    return { ok: true, value: s }
  }
  const actor = (s: ChatSession, as: ActAs | undefined): AdminResult<Participant> => {
    if (as?.participantId !== undefined) {
      const p = s.participant(as.participantId)
      if (p === undefined || p.type === 'Client' || !p.connected) {
        return fail(
          'PARTICIPANT_NOT_FOUND',
          `participant ${String(as.participantId)} is not a connected agent`,
        )
      }
      return { ok: true, value: p }
    }
    const p = s.participants.find((x) => x.connected && x.type !== 'Client' && x.type !== 'External')
    return p === undefined
      ? fail('NO_AGENT', 'no agent in the session: join one first')
      : { ok: true, value: p }
  }
  const act = <T>(
    id: string,
    as: ActAs | undefined,
    run: (s: ChatSession, p: Participant) => AdminResult<T>,
  ): AdminResult<T> => {
    const s = find(id)
    if (!s.ok) return s
    const p = actor(s.value, as)
    return p.ok ? run(s.value, p.value) : p
  }
  const appended = (e: ReturnType<ChatSession['append']>): AdminResult<EventView> =>
    e === undefined ? fail('SESSION_ENDED', 'session has ended') : { ok: true, value: eventView(e) }

  return {
    sessions: () => centre.store.all().map(sessionSummary),
    session(id) {
      const s = find(id, false)
      return s.ok ? { ok: true, value: sessionDetail(s.value) } : s
    },
    join(id, agent) {
      const s = find(id)
      if (!s.ok) return s
      const p = s.value.join(agent?.name ?? 'Agent', agent?.type ?? 'Agent')
      return p === undefined
        ? fail('SESSION_ENDED', 'session has ended')
        : { ok: true, value: participantView(s.value, p) }
    },
    leave: (id, as) =>
      act(id, as, (s, p) => {
        s.leave(p)
        return { ok: true, value: participantView(s, p) }
      }),
    say: (id, text, as) =>
      act(id, as, (s, p) => {
        s.stopTyping(p, true)
        return appended(
          s.append(
            'Message',
            p,
            as?.messageType === undefined ? { text } : { text, messageType: as.messageType },
          ),
        )
      }),
    type: (id, typing, as) =>
      act(id, as, (s, p) => {
        if (typing) s.startTyping(p, as?.text, centre.typingTimeoutMs)
        else s.stopTyping(p, true, as?.text)
        return { ok: true, value: participantView(s, p) }
      }),
    pushUrl: (id, url, as) => act(id, as, (s, p) => appended(s.append('PushUrl', p, { text: url, url }))),
    notice(id, text, options) {
      if (options?.system === true) {
        const s = find(id)
        return s.ok ? appended(s.value.append('Notice', s.value.system(), { text })) : s
      }
      return act(id, options, (s, p) => appended(s.append('CustomNotice', p, { text })))
    },
    sendFile: (id, file, as) =>
      act(id, as, (s, p) => {
        const r = s.files.upload({
          name: file.name,
          mime: file.mime ?? 'application/octet-stream',
          bytes: file.bytes,
          uploadedBy: p.number,
          agentPresent: true,
        })
        if (!r.ok) return fail('FILE_REFUSED', r.refusal)
        return appended(appendFileEvent(s, p, r.value))
      }),
    end(id) {
      const s = find(id)
      if (!s.ok) return s
      s.value.end()
      return { ok: true, value: sessionSummary(s.value) }
    },
    goOffline() {
      centre.faults.offline = true
    },
    goOnline() {
      centre.faults.offline = false
    },
    get offline() {
      return centre.faults.isOffline()
    },
    setFaults(faults, sessionId) {
      if (sessionId === undefined) {
        centre.faults.global = faults
        return { ok: true, value: faults }
      }
      const s = find(sessionId, false)
      if (!s.ok) return s
      s.value.faults = faults
      return { ok: true, value: faults }
    },
    failNext(sessionId, n, kind) {
      if (sessionId !== undefined) {
        const s = find(sessionId, false)
        if (!s.ok) return s
      }
      centre.faults.failNext(sessionId, n, kind)
      return { ok: true, value: { queued: n } }
    },
  }
}

function fail(code: AdminErrorCode, message: string): { ok: false; code: AdminErrorCode; message: string } {
  return { ok: false, code, message }
}
