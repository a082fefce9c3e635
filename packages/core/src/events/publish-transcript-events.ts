import type { EventName } from '../names.js'
import type { ServiceRuntime } from '../service-runtime.js'
import type { FreshEvent } from '../transcript/transcript-state.js'
import type { AjaxResponse } from '../transport/ajax-response.js'
import type { PartyType } from '../transport/transcript-event.js'
import type { ChatMessage } from '../types/chat-message.js'

/** Joined/left events per party type (seed API Events). `External` parties publish none. */
const participantEvents: Partial<Record<PartyType, readonly [joined: EventName, left: EventName]>> = {
  Client: ['clientConnected', 'clientDisconnected'],
  Agent: ['agentConnected', 'agentDisconnected'],
  Supervisor: ['supervisorConnected', 'supervisorDisconnected'],
  /** botConnected/botDisconnected: "applicable only when using WebChat with v2 API" → capability botEvents. */
  Bot: ['botConnected', 'botDisconnected'],
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
    const type = message.from.type
    if (message.type === 'ParticipantJoined' || message.type === 'ParticipantLeft') {
      roster.apply(message)
      const pair = participantEvents[type]
      if (!pair || (type === 'Bot' && !runtime.transport.capabilities.botEvents)) continue
      const event = message.type === 'ParticipantJoined' ? pair[0] : pair[1]
      hub.publish(event as 'agentConnected', {
        message: snapshot(message),
        agents: roster.list(),
        numAgentsConnected: roster.numConnected(),
      })
    } else if ((message.type === 'TypingStarted' || message.type === 'TypingStopped') && isAgentSide(type)) {
      hub.publish(message.type === 'TypingStarted' ? 'agentTypingStarted' : 'agentTypingStopped', {
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
