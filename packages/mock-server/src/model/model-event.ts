import type { TranscriptEventType } from '@chatwire/core'
import type { NexusIndex } from './nexus-index.js'
import type { Participant } from './participant.js'

/** One transcript entry as the model keeps it; each protocol renders it (index format, party ids) on the way out. */
export interface ModelEvent {
  /** 1-based position in the session's transcript; strictly increasing, never reused. */
  readonly seq: number
  readonly type: TranscriptEventType
  readonly from: Participant
  /** Milliseconds since the epoch; never decreases within a session. */
  readonly time: number
  /** The v3 index, fixed when the event is appended (nexus-index.ts). */
  readonly nexusIndex: NexusIndex
  readonly text?: string
  readonly url?: string
  readonly messageType?: string
  readonly userData?: Readonly<Record<string, string>>
  readonly content?: unknown
}
