import type { PartyType } from '@chatwire/core'

/** One party of a session. GMS v2 shows `number`; v3 shows `uuid`. */
export interface Participant {
  /** GMS v2 participantId (1 = the client). */
  readonly number: number
  /** v3 participantId. */
  readonly uuid: string
  name: string
  readonly type: PartyType
  readonly joinedAt: number
  leftAt: number | undefined
  /** Whether the party is currently in the session (system parties never join). */
  connected: boolean
}

/** The routing/system party that posts notices (`from:{nickname:"system", type:"External"}`, gms-chat-v2.md §4). */
export const SYSTEM_NAME = 'system'
