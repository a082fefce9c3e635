import type { TranscriptEvent } from '@chatwire/core'
import {
  type ClientTokenPayload,
  decodeClientToken,
  encodeBase64Url,
  makeNexusIndex,
  type NexusServerRequest,
  nexusImageUrl,
  readNexusRequest,
  writeNexusError,
  writeNexusReply,
  writeNexusRequestError,
} from '../src/index.js'

/**
 * A small in-memory v3 server for the transport tests, built only from the server half: sessions,
 * transcript with `<ms>-<seq>` indexes, §9 paging, uploads. Tokens are unsigned (the real mock signs them).
 */
export function createNexusTestServer(now: () => number = () => 1_700_000_000_000) {
  let seq = 0
  let lastMs = Number.NEGATIVE_INFINITY
  let ids = 0
  const sessions = new Map<
    string,
    { events: TranscriptEvent[]; ended: boolean; userData: Record<string, unknown> }
  >()
  const cursors = new Map<string, number>()
  const media = new Map<string, Blob>()
  const requests: NexusServerRequest[] = []
  const newId = (prefix: string) => `${prefix}-${++ids}`
  const mint = (p: ClientTokenPayload) => `eyJhbGciOiJIUzI1NiJ9.${encodeBase64Url(JSON.stringify(p))}.c2ln`

  function add(
    sid: string,
    type: string,
    wireType: string,
    from: TranscriptEvent['from'],
    extra: object = {},
  ) {
    // Redis-stream style: seq counts events within one millisecond and restarts at 0 in the next
    const ms = now()
    if (ms > lastMs) seq = 0
    lastMs = ms
    const { wireIndex, index } = makeNexusIndex(ms, seq++)
    const event = { index, wireIndex, type, wireType, from, timestamp: ms, ...extra } as TranscriptEvent
    sessions.get(sid)?.events.push(event)
  }

  async function handle(request: Request): Promise<Response> {
    const read = await readNexusRequest(request)
    if (!read.ok) return writeNexusRequestError(read)
    requests.push(read)
    if (read.operation === 'start') {
      const payload = { sessionId: newId('s'), transportId: newId('t'), participantId: newId('p') }
      sessions.set(payload.sessionId, { events: [], ended: false, userData: { ...read.start.userData } })
      const customer = {
        name: read.start.nickname ?? 'Customer',
        type: 'Client' as const,
        participantId: payload.participantId,
      }
      add(payload.sessionId, 'ParticipantJoined', 'ParticipantJoined', customer)
      return writeNexusReply({ operation: 'start', clientToken: mint(payload), sessionId: payload.sessionId })
    }
    const token = read.clientKey === undefined ? undefined : decodeClientToken(read.clientKey)
    if (token === undefined || !token.ok) return writeNexusError('AUTHENTICATION_REQUIRED')
    const p = token.value
    const session = sessions.get(p.sessionId)
    if (session === undefined || ('sessionId' in read && read.sessionId !== p.sessionId)) {
      return writeNexusError('INVALID_SESSION')
    }
    switch (read.operation) {
      case 'resume': {
        const payload = { ...p, transportId: newId('t') }
        cursors.set(payload.transportId, session.events.length)
        return writeNexusReply({ operation: 'resume', clientToken: mint(payload), sessionId: p.sessionId })
      }
      case 'messages': {
        const all = session.events
        const at = read.index === undefined ? -1 : all.findIndex((e) => String(e.wireIndex) === read.index)
        let page: TranscriptEvent[]
        if (read.index !== undefined && read.count !== undefined)
          page = all.slice(Math.max(0, at + 1 - read.count), at + 1)
        else if (read.count !== undefined) page = all.slice(Math.max(0, all.length - read.count))
        else if (read.index !== undefined) page = all.slice(Math.max(0, at))
        else page = all.slice(cursors.get(p.transportId) ?? 0)
        if (read.index === undefined || read.count === undefined) cursors.set(p.transportId, all.length)
        return writeNexusReply({ operation: 'messages', messages: page, chatEnded: session.ended })
      }
      case 'send': {
        if (!read.type.startsWith('Typing')) {
          add(p.sessionId, read.type === 'Text' ? 'Message' : 'Unknown', read.type, customerOf(p), {
            text: read.text,
          })
        }
        return writeNexusReply({ operation: 'send', chatEnded: session.ended })
      }
      case 'uploadImage': {
        if (!read.file.type.startsWith('image/')) return writeNexusError('INVALID_FILE_TYPE')
        const mediaId = newId('m')
        media.set(mediaId, read.file)
        const url = nexusImageUrl(p.sessionId, mediaId)
        add(p.sessionId, 'Message', 'Text', customerOf(p), {
          text: '',
          content: [{ type: 'image', mime: read.file.type, url }],
        })
        return writeNexusReply({ operation: 'uploadImage', mediaId, url })
      }
      case 'attachment': {
        const blob = media.get(read.mediaId)
        if (blob === undefined) return writeNexusError('INVALID_REQUEST', 'no such image', 404)
        return writeNexusReply({ operation: 'attachment', body: blob, contentType: blob.type })
      }
      case 'updateUserData':
        Object.assign(session.userData, read.userData)
        return writeNexusReply({ operation: 'updateUserData', userData: session.userData })
      case 'leave':
        session.ended = true
        add(p.sessionId, 'ParticipantLeft', 'ParticipantLeft', customerOf(p))
        return writeNexusReply({ operation: 'leave' })
    }
  }

  return { handle, requests, sessions }
}

function customerOf(p: ClientTokenPayload): TranscriptEvent['from'] {
  return { name: 'Ann', type: 'Client', participantId: p.participantId }
}
