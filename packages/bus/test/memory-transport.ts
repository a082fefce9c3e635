import type { Batch, ChatTransport, SessionData, TranscriptEvent, TransportResult } from '@chatwire/core'

/** A small in-memory chat server behind the ChatTransport contract, for driving the real core in tests. */
export function memoryTransport() {
  const log: TranscriptEvent[] = []
  const calls: string[] = []
  let index = 0
  let session: SessionData | undefined
  const client = { name: 'Jonny', type: 'Client', participantId: 1 } as const
  const agent = { name: 'Ava', type: 'Agent', participantId: 2 } as const
  const add = (type: TranscriptEvent['type'], from: TranscriptEvent['from'], text?: string) => {
    index++
    log.push({
      index,
      wireIndex: index,
      type,
      wireType: type,
      from,
      timestamp: 1000 + index,
      ...(text ? { text } : {}),
    })
  }
  /** Replies to start/poll carry the events and where to continue; replies to sends carry neither. */
  const reply = (events: TranscriptEvent[]): TransportResult<Batch> => {
    const last = events.at(-1)?.index
    const body = { statusCode: 0, chatEnded: session === undefined }
    return {
      ok: true,
      value: {
        events,
        originalMessages: events.map((e) => ({ ...e })),
        session: session ?? {},
        chatEnded: session === undefined,
        ...(last === undefined ? {} : { cursor: last + 1 }),
      },
      response: { status: 200, statusText: 'OK', responseText: JSON.stringify(body), responseJSON: body },
    }
  }
  const transport: ChatTransport = {
    name: 'memory',
    capabilities: {
      customNotice: true,
      updateUserDataInSession: true,
      polling: true,
      pollExceptionReset: true,
      fileUpload: false,
      fileDownload: false,
      fileLimits: false,
      history: false,
      async: false,
      offlineEvents: true,
      botEvents: true,
    },
    async start() {
      calls.push('start')
      session = { sessionID: 's1', userId: 'u1', secureKey: 'k1', alias: '1' }
      add('ParticipantJoined', client)
      return reply(log.slice())
    },
    async send(_s, op) {
      calls.push(op.kind)
      if (op.kind === 'message') add('Message', client, op.text)
      if (op.kind === 'end') {
        add('ParticipantLeft', client)
        session = undefined
      }
      return reply([])
    },
    async poll(_s, cursor) {
      calls.push('poll')
      const from = typeof cursor === 'number' ? cursor : 1
      return reply(log.filter((e) => (e.index ?? 0) >= from))
    },
    async restore() {
      calls.push('restore')
      return reply([])
    },
  }
  return {
    transport,
    calls,
    /** The agent joins and says something (seen by the next poll). */
    agentSays(text: string) {
      add('ParticipantJoined', agent)
      add('Message', agent, text)
    },
  }
}
