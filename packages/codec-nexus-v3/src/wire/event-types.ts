import type { PartyType, TranscriptEventType } from '@chatwire/core'

/**
 * The v3 event types read under their own name as the neutral type (pureengage-v3.md §6 "Event type values
 * handled"); `Text` is the one renamed.
 */
const SAME_NAME_EVENT_TYPES = [
  // §6: the UI also accepts 'Message' as a bubble
  'Message',
  // §6: bubble + rich media when contentType/content present
  'Structured',
  // §6: Customer ⇒ clientConnected, Agent ⇒ agentConnected, Supervisor, Bot
  'ParticipantJoined',
  // §6: Agent ⇒ agentDisconnected, Customer ⇒ clientDisconnected, Supervisor
  'ParticipantLeft',
  // §6: typing indicator from Agent/Supervisor
  'TypingStarted',
  'TypingStopped',
  // §6: bubble with the URL (text replaced by url)
  'PushUrl',
  // §6: stops the agent typing indicator
  'Notice',
  // §6: survey-URL JSON from `_GCTI_GSS` (generic UI code)
  'CustomNotice',
  // §6: ignored by the widget / GMS-specific, kept as their neutral names
  'NicknameUpdated',
  'FileUploaded',
  'FileDeleted',
  // §6: UI idle countdown / close
  'IdleAlert',
  'IdleClose',
] as const satisfies readonly TranscriptEventType[]

/** A prototype-free table of wire names: the `renamed` ones, then those read under their own name. */
function wireNames<T extends string>(
  renamed: Readonly<Record<string, T>>,
  sameName: readonly T[],
): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null), renamed, Object.fromEntries(sameName.map((name) => [name, name])))
}

/**
 * v3 event `type` → neutral type (pureengage-v3.md §6), prototype-free. Anything else is `Unknown` with the
 * wire type kept in `wireType`.
 */
export const NEXUS_EVENT_TYPES: Readonly<Record<string, TranscriptEventType>> = wireNames(
  // §6: renamed to Message by the widget; integrations key on originalMessages[i].type == 'Text'
  { Text: 'Message' },
  SAME_NAME_EVENT_TYPES,
)

/** Neutral type → the v3 type written by the server half (inverse of the table above; Message is written Text). */
export const NEXUS_WIRE_EVENT_TYPES: Readonly<Record<Exclude<TranscriptEventType, 'Unknown'>, string>> = {
  Message: 'Text',
  Structured: 'Structured',
  ParticipantJoined: 'ParticipantJoined',
  ParticipantLeft: 'ParticipantLeft',
  TypingStarted: 'TypingStarted',
  TypingStopped: 'TypingStopped',
  PushUrl: 'PushUrl',
  Notice: 'Notice',
  CustomNotice: 'CustomNotice',
  NicknameUpdated: 'NicknameUpdated',
  FileUploaded: 'FileUploaded',
  FileDeleted: 'FileDeleted',
  IdleAlert: 'IdleAlert',
  IdleClose: 'IdleClose',
}

/**
 * v3 `from.type` → neutral party type (§6 `from.type`), prototype-free. Unlisted party types read as
 * `External` (chatwire [PROP]; the wire object in originalMessages keeps the original).
 */
export const NEXUS_PARTY_TYPES: Readonly<Record<string, PartyType>> = wireNames(
  // §6: mapped to widget Client
  { Customer: 'Client' },
  [
    // §6
    'Agent',
    'Supervisor',
    // §6: UI shows bot joined/left
    'Bot',
    // §6 [INF]: external/system party
    'External',
  ],
)

/** The v3 `from.type` values chatwire writes (§6). */
export type NexusWirePartyType = 'Customer' | 'Agent' | 'Supervisor' | 'Bot' | 'External'

/** Neutral party type → v3 `from.type` (Client is written Customer, §6). */
export const NEXUS_WIRE_PARTY_TYPES: Readonly<Record<PartyType, NexusWirePartyType>> = {
  Client: 'Customer',
  Agent: 'Agent',
  Supervisor: 'Supervisor',
  Bot: 'Bot',
  External: 'External',
}
