/** Party types of the neutral transcript. v3 `Customer` maps to `Client`; `Bot` is v3's bot, v2 bots are `External` with a bot flag. */
export type PartyType = 'Client' | 'Agent' | 'Supervisor' | 'External' | 'Bot'

export interface Party {
  /** Display name (`from.nickname`, or v3 `from.firstName` when the nickname is missing). */
  readonly name: string
  readonly type: PartyType
  /** Per-session participant id: a number on GMS v2, a UUID string on v3. */
  readonly participantId: string | number
}

/**
 * Neutral transcript event types. v3 `Text` is `Message`; `Structured` stays `Structured`.
 * Unknown wire types are kept as `Unknown` with the wire type in `wireType`, never dropped silently.
 */
export type TranscriptEventType =
  | 'Message'
  | 'Structured'
  | 'ParticipantJoined'
  | 'ParticipantLeft'
  | 'TypingStarted'
  | 'TypingStopped'
  | 'PushUrl'
  | 'Notice'
  | 'CustomNotice'
  | 'NicknameUpdated'
  | 'FileUploaded'
  | 'FileDeleted'
  | 'IdleAlert'
  | 'IdleClose'
  | 'Unknown'

/** One transcript event, the same shape whatever the wire. */
export interface TranscriptEvent {
  /**
   * Ordering and de-duplication key: strictly increasing within a session. GMS v2 `index`;
   * v3 `index` `<ms>-<seq>` with 1–13 digits of ms and 1–3 of seq reads as ms·1000 + seq (exact, and
   * ordered like the pair: '1589364591000-3' → 1589364591000003, '…000-12' < '…001-0'); any other v3
   * index is read as the widget reads it, first '-' removed (e.g. '17-1000' → 171000); a number as is.
   * Events without an index on the wire (GMS file-limits Notice) get `undefined` and are never de-duplicated.
   */
  readonly index: number | undefined
  /** The index exactly as the wire carried it (sent back as v3 `index=` for history paging). */
  readonly wireIndex: string | number | undefined
  readonly type: TranscriptEventType
  /** The wire's own type string (`Text`, `Message`, `TypingStarted`, …). */
  readonly wireType: string
  readonly from: Party
  /** Milliseconds since the epoch (`utcTime`). */
  readonly timestamp: number
  readonly text?: string
  /** PushUrl: the URL. */
  readonly url?: string
  /** GMS `messageType` / v3 `contentType`. */
  readonly messageType?: string
  /** Event data (GMS `userData`: file limits, file metadata). Always a prototype-free string map. */
  readonly userData?: Readonly<Record<string, string>>
  /** v3 attachments / rich content, as sent. */
  readonly content?: unknown
}
