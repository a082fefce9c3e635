import { type Outcome, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'

/** getTranscript: the messages of the session (after its end: the final copy, until the next startChat). */
export function getTranscript(runtime: ServiceRuntime): Outcome<'getTranscript'> {
  return resolved({
    messages: runtime.transcript.messages.map((m) => ({ ...m })),
    originalMessages: [...runtime.transcript.originalMessages],
  })
}

export function getAgents(runtime: ServiceRuntime): Outcome<'getAgents'> {
  return resolved(runtime.roster.list())
}

/** getStats: start and end of the session by the injected clock; duration runs until now while active. */
export function getStats(runtime: ServiceRuntime): Outcome<'getStats'> {
  const { startTime, endTime } = runtime
  const duration = startTime === undefined ? 0 : (endTime ?? runtime.clock.now()) - startTime
  return resolved({ agents: runtime.roster.list(), startTime, endTime, duration })
}

/** getSessionData: the live session data (`{}` when none); the row depends on the transport's protocol. */
export function getSessionData(runtime: ServiceRuntime): Outcome<'getSessionData'> {
  const protocol = runtime.transport.name === 'nexus-v3' ? 'nexus-v3' : 'gms-v2'
  return resolved({ ...runtime.session }, `resolved.${protocol}` as const)
}
