import type { ServiceRuntime } from '../service-runtime.js'
import type { FreshEvent } from '../transcript/transcript-state.js'
import type { AjaxResponse } from '../transport/ajax-response.js'
import type { PartyType } from '../transport/transcript-event.js'
import type { ChatMessage } from '../types/chat-message.js'

/**
 * Party types with joined/left events (seed API Events): `<type>Connected` / `<type>Disconnected`, e.g.
 * `agentConnected`. `External` parties publish none.
 */
const participantTypes: readonly PartyType[] = ['Client', 'Agent', 'Supervisor', 'Bot']

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
    const type = message.from.type
    if (message.type === 'ParticipantJoined' || message.type === 'ParticipantLeft') {
      roster.apply(message)
      if (!participantTypes.includes(type) || (type === 'Bot' && !runtime.transport.capabilities.botEvents))
        continue
      const event = `${type.toLowerCase()}${message.type === 'ParticipantJoined' ? 'Connected' : 'Disconnected'}`
      hub.publish(event as 'agentConnected', {
        message: snapshot(message),
        agents: roster.list(),
        numAgentsConnected: roster.numConnected(),
      })
    } else if ((message.type === 'TypingStarted' || message.type === 'TypingStopped') && isAgentSide(type)) {
      hub.publish(`agent${message.type}` as const, {
        ...response,
        message: snapshot(message),
      })
    }
  }
  const visible = fresh.filter((f) => !f.hidden)
  if (visible.length === 0) return
  hub.publish('messageReceived', {
    originalMessages: visible.map((f) => f.original),
    messages: visible.map((f) => snapshot(f.message)),
    restoring,
    sessionData: { ...(runtime.session ?? {}) },
  })
}

/** Subscribers get copies: changing a published message never changes the transcript. */
function snapshot(message: ChatMessage): ChatMessage {
  return { ...message, from: { ...message.from } }
}

function isAgentSide(type: PartyType): boolean {
  return type === 'Agent' || type === 'Supervisor' || type === 'Bot'
}
