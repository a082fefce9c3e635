/**
 * Outcomes the seed has no row for. Each cites where the behaviour comes from; their values are
 * either a seed text reused (named by its row) or a text of the original widget
 * (reference/real-widget.md). These ids are chatwire's own and as stable as the catalog's.
 */
export type BeyondSeedRowId =
  /** configure with a valid configuration (real-widget.md §3.2 `configure`). */
  | 'configure.resolved'
  /** configure with an invalid configuration: the value is the ConfigError naming the option. */
  | 'configure.rejected.invalid'
  /** A command name WebChatService does not have (real-widget.md §4 "Unknown command": Improve). */
  | 'command.rejected.unknown'
  /** sendCustomNotice with no chat open (real-widget.md §5 item 21): the endChat no-session text. */
  | 'sendCustomNotice.rejected.no-active-session'
  /** sendFile with no chat open (real-widget.md §3.2 `sendFile`): the endChat no-session text. */
  | 'sendFile.rejected.no-active-session'
  /** downloadFile on a transport without downloads (real-widget.md §3.2 `downloadFile`, v3). */
  | 'downloadFile.rejected.not-supported'
  /** downloadFile with no chat open: the endChat no-session text. */
  | 'downloadFile.rejected.no-active-session'
  /** downloadFile whose wire call failed: the AJAX Response Object. */
  | 'downloadFile.rejected.failed'
  /** fetchHistory with no chat open: the endChat no-session text. */
  | 'fetchHistory.rejected.no-active-session'

/** Texts of beyond-seed rows that are not a seed text (real-widget.md §3.2 and §4). */
export const beyondSeedTexts = {
  /** real-widget.md §4, "Unknown command": the original's own text. */
  'command.rejected.unknown': 'Command does not exist',
  /** real-widget.md §3.2 `downloadFile`, PureEngage v3 column. */
  'downloadFile.rejected.not-supported': "This transport doesn't support file download.",
} as const satisfies Partial<Record<BeyondSeedRowId, string>>
