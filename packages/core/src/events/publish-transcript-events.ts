import type { ServiceRuntime } from '../service-runtime.js'
import { snapshot } from '../transcript/snapshot.js'
import type { FreshEvent } from '../transcript/transcript-state.js'
import type { AjaxResponse } from '../transport/ajax-response.js'
import type { PartyType, TranscriptEventType } from '../transport/transcript-event.js'

/**
 * Party types with joined/left events (seed API Events): `<type>Connected` / `<type>Disconnected`, e.g.
 * `agentConnected` (bots only on a transport with `botEvents`). `External` parties publish none. All
 * but the client are the agent side, whose typing is published as `agentTypingStarted` / `…Stopped`.
 */
const participantTypes: readonly PartyType[] = ['Client', 'Agent', 'Supervisor', 'Bot']

/** The participant events' suffix by transcript event type. */
const participantChanges: Partial<Record<TranscriptEventType, string>> = {
  ParticipantJoined: 'Connected',
  ParticipantLeft: 'Disconnected',
}

/**
 * Publishes what new transcript events mean, in index order: participant and agent typing events
 * first, then one `messageReceived` with the new visible messages (real-widget.md §3.5 step 6).
 */
export function publishTranscriptEvents(
  runtime: ServiceRuntime,
  fresh: readonly FreshEvent[],
  response: AjaxResponse,
  restoring: boolean,
): void {
  const { hub, roster } = runtime
  for (const { message } of fresh) {
    const { type } = message
    const party = message.from.type
    const participant = participantTypes.includes(party)
    const change = participantChanges[type]
    if (change) {
      roster.apply(message)
      if (participant && (party !== 'Bot' || runtime.transport.capabilities.botEvents))
        hub.publish(`${party.toLowerCase()}${change}` as 'agentConnected', roster.payload(message))
    } else if ((type === 'TypingStarted' || type === 'TypingStopped') && participant && party !== 'Client') {
      hub.publish(`agent${type}`, { ...response, message: snapshot(message) })
    }
  }
  const visible = fresh.filter((f) => !f.hidden)
  if (visible.length === 0) return
  hub.publish('messageReceived', {
    originalMessages: visible.map((f) => f.original),
    messages: visible.map((f) => snapshot(f.message)),
    restoring,
    sessionData: { ...runtime.session },
  })
}
