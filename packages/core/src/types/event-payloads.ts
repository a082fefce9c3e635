import type { AjaxResponse } from '../transport/ajax-response.js'
import type { SessionData } from '../transport/transport.js'
import type { AgentInfo, ChatMessage } from './chat-message.js'

/** `{message, agents, numAgentsConnected}` of the connected/disconnected family (seed API Events). */
export interface ParticipantPayload {
  /** The ParticipantJoined/Left message, or undefined when the service synthesises the event (endChat). */
  readonly message: ChatMessage | undefined
  readonly agents: readonly AgentInfo[]
  readonly numAgentsConnected: number
}

/** messageReceived: `{originalMessages, messages, restoring, sessionData}`. */
export interface MessageReceivedPayload {
  readonly originalMessages: readonly unknown[]
  readonly messages: readonly ChatMessage[]
  readonly restoring: boolean
  readonly sessionData: SessionData
}

/** started: "(AJAX Response containing session data)": the start reply plus the neutral session data. */
export type StartedPayload = AjaxResponse & { readonly sessionData: SessionData }

/** agentTypingStarted/Stopped: "(AJAX Response)": the reply that carried the typing event, plus that event. */
export type AgentTypingPayload = AjaxResponse & { readonly message: ChatMessage }

/** restored: `{async: (boolean)}`. */
export interface RestoredPayload {
  readonly async: boolean
}

/** Payload of every event, by name; `undefined` where the seed says n/a. */
export interface EventPayloads {
  ready: undefined
  restored: RestoredPayload
  restoreTimeout: undefined
  restoreFailed: undefined
  restoredOffline: undefined
  messageReceived: MessageReceivedPayload
  error: AjaxResponse
  started: StartedPayload
  ended: undefined
  agentTypingStarted: AgentTypingPayload
  agentTypingStopped: AgentTypingPayload
  pollingStarted: undefined
  pollingStopped: undefined
  clientConnected: ParticipantPayload
  clientDisconnected: ParticipantPayload
  agentConnected: ParticipantPayload
  agentDisconnected: ParticipantPayload
  supervisorConnected: ParticipantPayload
  supervisorDisconnected: ParticipantPayload
  botConnected: ParticipantPayload
  botDisconnected: ParticipantPayload
  clientTypingStarted: undefined
  clientTypingStopped: undefined
  disconnected: undefined
  reconnected: undefined
  chatServerWentOffline: undefined
  chatServerBackOnline: undefined
  connectionPending: undefined
  connectionRestored: undefined
  /** Beyond the seed: sleep slowed polling down (or pausePoll paused it, with sleepEnabled). */
  sleeping: undefined
  /** Beyond the seed: wake ended the sleep. */
  waking: undefined
}
