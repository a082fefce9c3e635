import type { Clock } from '../clock.js'
import type { ChatSession } from './chat-session.js'

export interface SessionStoreOptions {
  /** Most sessions held at once; past it the oldest ended ones go first (default 100,000). */
  readonly maxSessions?: number | undefined
  /** How long an ended session stays readable (transcript in the console, late polls), in ms (default 5 min). */
  readonly endedRetentionMs?: number | undefined
  /**
   * A live session whose client has made no request of any kind (polls included) for this long is ended,
   * like GMS's flex-disconnect-timeout (gms-chat-v2.md §3, code 8209), in ms (default 10 min).
   */
  readonly abandonedAfterMs?: number | undefined
  /** Called with the id of every session the store drops (per-session state elsewhere goes with it). */
  readonly onForget?: ((sessionId: string) => void) | undefined
}

/**
 * Live and recently ended sessions. Ended sessions are dropped once they have been over for
 * `endedRetentionMs`, so a long-running server returns to its idle size; the count is capped so a
 * flood of starts cannot exhaust memory.
 */
export class SessionStore {
  private readonly byId = new Map<string, ChatSession>()
  readonly maxSessions: number
  readonly endedRetentionMs: number
  readonly abandonedAfterMs: number
  private lastSweep = Number.NEGATIVE_INFINITY
  private readonly onForget: (sessionId: string) => void

  constructor(
    private readonly clock: Clock,
    options: SessionStoreOptions = {},
  ) {
    this.maxSessions = options.maxSessions ?? 100_000
    this.endedRetentionMs = options.endedRetentionMs ?? 300_000
    this.abandonedAfterMs = options.abandonedAfterMs ?? 600_000
    this.onForget = options.onForget ?? (() => {})
  }

  add(session: ChatSession): void {
    this.sweep()
    if (this.byId.size >= this.maxSessions) this.evict()
    this.byId.set(session.id, session)
  }

  get(id: string): ChatSession | undefined {
    this.sweep()
    return this.byId.get(id)
  }

  all(): ChatSession[] {
    this.sweep()
    return [...this.byId.values()]
  }

  get size(): number {
    return this.byId.size
  }

  /**
   * Ends sessions abandoned by their client and drops sessions ended longer than the retention ago;
   * runs at most every quarter retention (≤ 10 s).
   */
  private sweep(): void {
    const now = this.clock.now()
    if (now - this.lastSweep < Math.min(this.endedRetentionMs / 4, 10_000)) return
    this.lastSweep = now
    for (const [id, s] of this.byId) {
      if (s.endedAt !== undefined && now - s.endedAt >= this.endedRetentionMs) this.forget(id)
      else if (!s.ended && now - s.lastClientRequest >= this.abandonedAfterMs) {
        s.abandoned = true
        s.end()
      }
    }
  }

  /** Ends every session and disarms its timers (the scenario's agents included: they arm on the session). */
  close(): void {
    for (const s of this.byId.values()) s.close()
  }

  /** Drops the oldest ended sessions first, then the oldest of all (ending a live one, so its timers stop). */
  private evict(): void {
    const excess = Math.max(1, Math.floor(this.maxSessions / 10))
    let dropped = 0
    for (const [id, s] of this.byId) {
      if (dropped >= excess) return
      if (s.ended) {
        this.forget(id)
        dropped++
      }
    }
    for (const [id, s] of this.byId) {
      if (dropped >= excess) return
      s.close()
      this.forget(id)
      dropped++
    }
  }

  private forget(id: string): void {
    this.byId.delete(id)
    this.onForget(id)
  }
}
