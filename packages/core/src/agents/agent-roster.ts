import { snapshot } from '../transcript/snapshot.js'
import type { AgentInfo, ChatMessage } from '../types/chat-message.js'
import type { ParticipantPayload } from '../types/event-payloads.js'

/** Agents and supervisors of the session (getAgents lists these; bots and the client are not agents). */
export interface AgentRoster {
  /** Applies a ParticipantJoined/Left of an Agent or Supervisor. */
  apply(message: ChatMessage): void
  /** Marks every agent disconnected (the session ended). */
  disconnectAll(at: number): void
  list(): AgentInfo[]
  /** The payload of the connected/disconnected events: the message (a copy) and the roster after it. */
  payload(message: ChatMessage | undefined): ParticipantPayload
  clear(): void
}

export function createAgentRoster(): AgentRoster {
  const agents = new Map<string, AgentInfo>()
  const list = () => [...agents.values()].map((agent) => ({ ...agent }))
  const disconnect = (key: string, agent: AgentInfo, at: number) =>
    agents.set(key, { ...agent, connected: false, disconnectedTime: at })
  return {
    apply(message) {
      const { type, participantId: id, name } = message.from
      if (type !== 'Agent' && type !== 'Supervisor') return
      const key = String(id)
      const known = agents.get(key)
      if (message.type === 'ParticipantJoined') {
        agents.set(key, {
          id,
          name,
          connected: true,
          supervisor: type === 'Supervisor',
          connectedTime: message.timestamp,
          disconnectedTime: undefined,
        })
      } else if (message.type === 'ParticipantLeft' && known) disconnect(key, known, message.timestamp)
    },
    disconnectAll(at) {
      for (const [key, agent] of agents) if (agent.connected) disconnect(key, agent, at)
    },
    list,
    payload(message) {
      const listed = list()
      return {
        message: message && snapshot(message),
        agents: listed,
        numAgentsConnected: listed.filter((agent) => agent.connected).length,
      }
    },
    clear: () => agents.clear(),
  }
}
