import type { SessionData, TransportFailure } from '@chatwire/core'
import type { NexusSession } from '../client/read-replies.js'
import { decodeClientToken } from '../wire/client-token.js'
import { localFailure } from './call-nexus.js'

/**
 * The v3 session from the core's SessionData: `{participantId, sessionId, token, transportId}` (§4). Only
 * `token` is required: missing ids are read from its payload (the seed's restore takes just the JWT).
 */
export function readSessionData(session: SessionData): NexusSession | TransportFailure {
  const token = session.token
  if (typeof token !== 'string' || token === '') return missing('token')
  const payload = decodeClientToken(token, 'session.token')
  const pick = (key: 'sessionId' | 'transportId' | 'participantId'): string | undefined => {
    const value = session[key]
    if (typeof value === 'string' && value !== '') return value
    return payload.ok ? payload.value[key] : undefined
  }
  const sessionId = pick('sessionId')
  const participantId = pick('participantId')
  if (sessionId === undefined) return missing('sessionId')
  if (participantId === undefined) return missing('participantId')
  return { sessionId, participantId, transportId: pick('transportId') ?? '', token }
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
