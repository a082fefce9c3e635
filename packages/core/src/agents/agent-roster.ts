import type { AgentInfo, ChatMessage } from '../types/chat-message.js'

/** Agents and supervisors of the session (getAgents lists these; bots and the client are not agents). */
export class AgentRoster {
  readonly #agents = new Map<string, AgentInfo>()

  /** Applies a ParticipantJoined/Left of an Agent or Supervisor. */
  apply(message: ChatMessage): void {
    const { type } = message.from
    if (type !== 'Agent' && type !== 'Supervisor') return
    const key = String(message.from.participantId)
    const known = this.#agents.get(key)
    if (message.type === 'ParticipantJoined') {
      this.#agents.set(key, {
        id: message.from.participantId,
        name: message.from.name,
        connected: true,
        supervisor: type === 'Supervisor',
        connectedTime: message.timestamp,
        disconnectedTime: undefined,
      })
    } else if (message.type === 'ParticipantLeft' && known) {
      this.#agents.set(key, { ...known, connected: false, disconnectedTime: message.timestamp })
    }
  }

  /** Marks every agent disconnected (the session ended). */
  disconnectAll(at: number): void {
    for (const [key, agent] of this.#agents) {
      if (agent.connected) this.#agents.set(key, { ...agent, connected: false, disconnectedTime: at })
    }
  }

  list(): AgentInfo[] {
    return [...this.#agents.values()].map((agent) => ({ ...agent }))
  }

  numConnected(): number {
    let n = 0
    for (const agent of this.#agents.values()) if (agent.connected) n++
    return n
  }

  clear(): void {
    this.#agents.clear()
  }
}
