import { type AjaxResponse, ajaxResponse } from '../transport/ajax-response.js'
import type { TranscriptEvent } from '../transport/transcript-event.js'
import type {
  Batch,
  CallOptions,
  ChatTransport,
  FileLimits,
  Operation,
  SessionData,
  StartInput,
} from '../transport/transport.js'
import type { TransportCapabilities } from '../transport/transport-capabilities.js'
import type { TransportFailure, TransportResult } from '../transport/transport-result.js'
import { FakeChatServer, type FakeSession, wireObject } from './fake-chat-server.js'

export type FakeMethod =
  | 'start'
  | 'send'
  | 'poll'
  | 'restore'
  | 'history'
  | 'uploadFile'
  | 'downloadFile'
  | 'fileLimits'

/**
 * What can go wrong with one call:
 * - `network`, `timeout`: no response (status 0); `http`: HTTP 500; `server-retryable`: a 200 reporting
 *   failure (GMS statusCode 1); `server-fatal`: statusCode 2; `session-lost`; `decode`: a malformed reply;
 * - `lost-reply`: the server did the work but the reply never arrived (a timeout);
 * - `duplicate`: every event of the reply comes twice; `reorder`: the reply's events come in reverse order;
 * - `stale`: the reply repeats the whole transcript from the start (a server that ignores the cursor);
 * - `invalid-type`, `upload-limit`, `size-limit`: the upload is refused for that reason.
 */
export type FakeFault =
  | 'network'
  | 'timeout'
  | 'http'
  | 'server-retryable'
  | 'server-fatal'
  | 'session-lost'
  | 'decode'
  | 'lost-reply'
  | 'duplicate'
  | 'reorder'
  | 'stale'
  | 'invalid-type'
  | 'upload-limit'
  | 'size-limit'

export interface FakeCall {
  readonly method: FakeMethod
  readonly session?: SessionData
  readonly op?: Operation
  readonly cursor?: string | number | undefined
  readonly input?: StartInput
}

export interface FakeTransportOptions {
  readonly name?: string
  readonly capabilities?: Partial<TransportCapabilities>
  readonly server?: FakeChatServer
  /** Events per history page. */
  readonly historyPageSize?: number
  /** restore returns only the last N events (v3 async restores fetch a page, not the whole transcript). */
  readonly restoreWindow?: number
}

export interface FakeTransport extends ChatTransport {
  readonly server: FakeChatServer
  readonly calls: FakeCall[]
  /** The next `times` calls of `method` meet `fault`. */
  fault(method: FakeMethod, fault: FakeFault, times?: number): void
  /** The next call of `method` waits until the returned function is called. */
  hold(method: FakeMethod): () => void
  callsOf(method: FakeMethod): FakeCall[]
}

export const allCapabilities: TransportCapabilities = {
  customNotice: true,
  updateUserDataInSession: true,
  polling: true,
  pollExceptionReset: true,
  fileUpload: true,
  fileDownload: true,
  fileLimits: true,
  history: true,
  async: true,
  offlineEvents: true,
  botEvents: true,
}

/** An in-memory ChatTransport over a FakeChatServer, with scripted faults. */
export function createFakeTransport(options: FakeTransportOptions = {}): FakeTransport {
  const server = options.server ?? new FakeChatServer()
  const faults = new Map<FakeMethod, FakeFault[]>()
  const holds = new Map<FakeMethod, Promise<void>[]>()
  const calls: FakeCall[] = []
  const pageSize = options.historyPageSize ?? 2

  const gate = async (
    method: FakeMethod,
    o: CallOptions | undefined,
  ): Promise<FakeFault | 'aborted' | undefined> => {
    const held = holds.get(method)?.shift()
    if (held) await held
    if (o?.signal?.aborted) return 'aborted'
    return faults.get(method)?.shift()
  }
  const find = (session: SessionData): FakeSession | undefined =>
    server.sessions.get(String(session.secureKey ?? ''))

  const transport: FakeTransport = {
    name: options.name ?? 'fake',
    capabilities: { ...allCapabilities, ...options.capabilities },
    server,
    calls,
    fault(method, fault, times = 1) {
      const list = faults.get(method) ?? []
      for (let i = 0; i < times; i++) list.push(fault)
      faults.set(method, list)
    },
    hold(method) {
      let release = () => {}
      const promise = new Promise<void>((resolve) => {
        release = resolve
      })
      const list = holds.get(method) ?? []
      list.push(promise)
      holds.set(method, list)
      return release
    },
    callsOf: (method) => calls.filter((c) => c.method === method),

    async start(input, o) {
      calls.push({ method: 'start', input })
      const fault = await gate('start', o)
      if (fault === 'lost-reply') server.createSession(input.userData)
      if (fault && !isShapeFault(fault)) return failure(fault)
      const session = server.createSession(input.userData)
      server.append(
        session,
        'ParticipantJoined',
        server.party(session, input.nickname ?? 'Customer', 'Client'),
      )
      return ok(batchOf(session, session.events, fault), { chatId: session.id })
    },

    async send(sessionData, op, o) {
      calls.push({ method: 'send', session: sessionData, op })
      const fault = await gate('send', o)
      const session = find(sessionData)
      if (fault && !isShapeFault(fault) && fault !== 'lost-reply') return failure(fault)
      if (!session || session.ended) return failure('session-lost')
      const client = server.party(session, 'Customer', 'Client')
      if (op.kind === 'message') server.append(session, 'Message', client, { text: op.text })
      if (op.kind === 'customNotice') server.append(session, 'CustomNotice', client, { text: op.text })
      if (op.kind === 'userData') Object.assign(session.userData, op.userData)
      if (op.kind === 'end') {
        server.append(session, 'ParticipantLeft', client)
        session.ended = true
      }
      if (fault === 'lost-reply') return failure('timeout')
      return ok({ events: [], originalMessages: [], session: sessionData, chatEnded: session.ended }, {})
    },

    async poll(sessionData, cursor, o) {
      calls.push({ method: 'poll', session: sessionData, cursor })
      const fault = await gate('poll', o)
      if (fault && !isShapeFault(fault)) return failure(fault === 'lost-reply' ? 'timeout' : fault)
      const session = find(sessionData)
      if (!session) return failure('session-lost')
      const from = fault === 'stale' ? 1 : typeof cursor === 'number' ? cursor : 1
      return ok(
        batchOf(
          session,
          session.events.filter((e) => (e.index ?? 0) >= from),
          fault,
        ),
        {},
      )
    },

    async restore(sessionData, o) {
      calls.push({ method: 'restore', session: sessionData })
      const fault = await gate('restore', o)
      if (fault && !isShapeFault(fault)) return failure(fault === 'lost-reply' ? 'timeout' : fault)
      const session = find(sessionData)
      if (!session) return failure('session-lost')
      const window = options.restoreWindow ?? session.events.length
      return ok(batchOf(session, session.events.slice(-window || session.events.length), fault), {})
    },

    async history(sessionData, before, o) {
      calls.push({ method: 'history', session: sessionData, cursor: before })
      const fault = await gate('history', o)
      if (fault && !isShapeFault(fault)) return failure(fault)
      const session = find(sessionData)
      if (!session) return failure('session-lost')
      const older = session.events.filter((e) => before === undefined || (e.index ?? 0) < Number(before))
      const page = older.slice(-pageSize)
      const { cursor: _pollCursor, ...batch } = batchOf(session, page, fault)
      return ok({ ...batch, hasMore: older.length > page.length }, {})
    },

    async uploadFile(sessionData, file, o) {
      calls.push({ method: 'uploadFile', session: sessionData })
      const fault = await gate('uploadFile', o)
      if (fault === 'invalid-type' || fault === 'upload-limit' || fault === 'size-limit')
        return refusal(fault)
      if (fault && !isShapeFault(fault)) return failure(fault)
      const session = find(sessionData)
      if (!session) return failure('session-lost')
      const fileId = `file-${session.events.length + 1}`
      server.append(session, 'FileUploaded', server.party(session, 'Customer', 'Client'), {
        userData: { 'file-id': fileId, 'file-name': file.name ?? 'file', 'file-size': String(file.size) },
      })
      return ok(
        { fileId, batch: { events: [], originalMessages: [], session: sessionData, chatEnded: false } },
        {},
      )
    },

    async downloadFile(sessionData, fileId, o) {
      calls.push({ method: 'downloadFile', session: sessionData })
      const fault = await gate('downloadFile', o)
      if (fault && !isShapeFault(fault)) return failure(fault)
      if (!find(sessionData)) return failure('session-lost')
      return ok(new Blob([`content of ${fileId}`]), {})
    },

    async fileLimits(sessionData, o) {
      calls.push({ method: 'fileLimits', session: sessionData })
      const fault = await gate('fileLimits', o)
      if (fault && !isShapeFault(fault)) return failure(fault)
      if (!find(sessionData)) return failure('session-lost')
      return ok(fakeFileLimits, { fileLimits: fakeFileLimits })
    },
  }
  return transport
}

/** What the fake server allows (the GMS defaults of gms-chat-v2.md §5). */
const fakeFileLimits: FileLimits = {
  downloadAttempts: 5,
  usedDownloadAttempts: 0,
  uploadMaxFiles: 5,
  usedUploadMaxFiles: 0,
  uploadMaxFileSize: 10485760,
  uploadMaxTotalSize: 52428800,
  usedUploadMaxTotalSize: 0,
  uploadNeedAgent: true,
  uploadFileTypes: ['txt', 'png'],
  deleteFile: 'odd',
}

function isShapeFault(fault: FakeFault | 'aborted'): boolean {
  return fault === 'duplicate' || fault === 'reorder' || fault === 'stale'
}

function batchOf(
  session: FakeSession,
  events: readonly TranscriptEvent[],
  fault: FakeFault | 'aborted' | undefined,
): Batch {
  let delivered = [...events]
  if (fault === 'duplicate') delivered = delivered.flatMap((e) => [e, e])
  if (fault === 'reorder') delivered.reverse()
  return {
    events: delivered,
    originalMessages: delivered.map(wireObject),
    session: { secureKey: session.secureKey, sessionID: session.id, alias: '1', userId: 'u1' },
    chatEnded: session.ended,
    cursor: session.events.length + 1,
  }
}

function ok<T>(value: T, body: Record<string, unknown>): TransportResult<T> {
  return { ok: true, value, response: ajaxResponse(200, 'OK', JSON.stringify({ statusCode: 0, ...body })) }
}

const failureShapes: Record<
  string,
  { kind: TransportFailure['kind']; retryable: boolean; response: AjaxResponse }
> = {
  network: { kind: 'network', retryable: true, response: ajaxResponse(0, 'error') },
  timeout: { kind: 'timeout', retryable: true, response: ajaxResponse(0, 'timeout') },
  aborted: { kind: 'aborted', retryable: false, response: ajaxResponse(0, 'abort') },
  http: {
    kind: 'http',
    retryable: true,
    response: ajaxResponse(500, 'Internal Server Error', '{"statusCode":2}'),
  },
  'server-retryable': {
    kind: 'server',
    retryable: true,
    response: ajaxResponse(200, 'OK', '{"statusCode":1}'),
  },
  'server-fatal': { kind: 'server', retryable: false, response: ajaxResponse(200, 'OK', '{"statusCode":2}') },
  'session-lost': {
    kind: 'session-lost',
    retryable: false,
    response: ajaxResponse(404, 'Not Found', '{"statusCode":2}'),
  },
  decode: { kind: 'decode', retryable: false, response: ajaxResponse(200, 'OK', '{"statusCode":"zero"}') },
}

function failure(fault: string): TransportFailure {
  const shape = failureShapes[fault] ?? failureShapes.network
  if (!shape) throw new Error('unreachable')
  return { ok: false, ...shape, message: `fake transport: ${fault}` }
}

function refusal(reason: 'invalid-type' | 'upload-limit' | 'size-limit'): TransportFailure {
  return {
    ok: false,
    kind: 'rejected',
    retryable: false,
    fileRefusal: reason,
    message: `fake transport: upload refused (${reason})`,
    response: ajaxResponse(400, 'Bad Request', JSON.stringify({ statusCode: 2, errors: [{ code: 400 }] })),
  }
}
