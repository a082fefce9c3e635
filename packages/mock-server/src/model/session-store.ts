import type { ChatSession } from './chat-session.js'

/** Live and recently ended sessions. Caps the count so a flood of starts cannot exhaust memory. */
export class SessionStore {
  private readonly byId = new Map<string, ChatSession>()

  constructor(readonly maxSessions = 100_000) {}

  add(session: ChatSession): void {
    if (this.byId.size >= this.maxSessions) this.evict()
    this.byId.set(session.id, session)
  }

  get(id: string): ChatSession | undefined {
    return this.byId.get(id)
  }

  all(): ChatSession[] {
    return [...this.byId.values()]
  }

  get size(): number {
    return this.byId.size
  }

  /** Drops the oldest ended sessions first, then the oldest of all. */
  private evict(): void {
    const excess = Math.max(1, Math.floor(this.maxSessions / 10))
    let dropped = 0
    for (const [id, s] of this.byId) {
      if (dropped >= excess) return
      if (s.ended) {
        this.byId.delete(id)
        dropped++
      }
    }
    for (const id of this.byId.keys()) {
      if (dropped >= excess) return
      this.byId.delete(id)
      dropped++
    }
  }
}
