import type { SessionData, TransportFailure, TransportResult } from '@chatwire/core'
import type { NexusSession } from '../client/read-replies.js'
import { decodeClientToken, PAYLOAD_FIELDS } from '../wire/client-token.js'
import { localFailure } from './nexus-failures.js'

/**
 * The v3 session from the core's SessionData: `{participantId, sessionId, token, transportId}` (§4). Only
 * `token` is required: missing ids are read from its payload (the seed's restore takes just the JWT). The
 * result is also the SessionData of every Batch.
 */
export function readSessionData(session: SessionData): NexusSession | TransportFailure {
  const token = session.token
  if (typeof token !== 'string' || token === '') return missing('token')
  const payload = decodeClientToken(token) // only its ids are used, never its issues
  const read = { participantId: '', sessionId: '', token, transportId: '' }
  for (const key of PAYLOAD_FIELDS) {
    const value = session[key]
    const id = typeof value === 'string' && value !== '' ? value : payload.ok ? payload.value[key] : undefined
    // a restore from the token alone learns the transportId from the E2 reply
    if (id !== undefined) read[key] = id
    else if (key !== 'transportId') return missing(key)
  }
  return read
}

/** NexusSession → the seed's getSessionData shape. */
export function toSessionData(session: NexusSession): SessionData {
  return {
    participantId: session.participantId,
    sessionId: session.sessionId,
    token: session.token,
    transportId: session.transportId,
  }
}

function missing(field: string): TransportFailure {
  return localFailure('session-lost', `session data has no usable '${field}'`)
}

/** Runs `run` with the v3 session read from the core's SessionData, or fails as readSessionData says. */
export async function withSession<R>(
  session: SessionData,
  run: (s: NexusSession) => Promise<TransportResult<R>> | TransportResult<R>,
): Promise<TransportResult<R>> {
  const s = readSessionData(session)
  return 'ok' in s ? s : run(s)
}
