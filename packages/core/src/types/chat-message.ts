import type { Party, TranscriptEventType } from '../transport/transcript-event.js'

/**
 * A transcript message as subscribers and getTranscript see it: the transport's neutral event plus
 * `restoring` (true while a restore replays the transcript, real-widget.md §3.5 step 5).
 */
export interface ChatMessage {
  /** Stable key: the transcript index as text, or a generated id for events without an index. */
  id: string
  index: number | undefined
  type: TranscriptEventType
  wireType: string
  from: Party
  timestamp: number
  text?: string
  url?: string
  messageType?: string
  userData?: Readonly<Record<string, string>>
  content?: unknown
  restoring: boolean
}

/** A registered pre-processor: gets a copy of each message before subscribers; a returned object replaces it. */
export type Preprocessor = (message: ChatMessage) => unknown

/** One entry of getAgents and of the connected/disconnected payloads (seed: getAgents Returns). */
export interface AgentInfo {
  readonly id: string | number
  readonly name: string
  readonly connected: boolean
  readonly supervisor: boolean
  readonly connectedTime: number
  readonly disconnectedTime: number | undefined
}

/** getTranscript's "Object with an array of messages". */
export interface Transcript {
  readonly messages: readonly ChatMessage[]
  readonly originalMessages: readonly unknown[]
}

/** getStats: `{agents, startTime, endTime, duration}`; times are ms since the epoch, undefined before any chat. */
export interface ChatStats {
  readonly agents: readonly AgentInfo[]
  readonly startTime: number | undefined
  readonly endTime: number | undefined
  readonly duration: number
}
