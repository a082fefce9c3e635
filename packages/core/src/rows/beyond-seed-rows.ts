import { resolutionTexts } from '@chatwire/specs/resolution-texts'

/**
 * Outcomes that neither the seed nor the catalog has a row for; chatwire's own stable ids. Each
 * value is a text of the catalog (named by its row) or of the original widget, cited below.
 */
export type CoreOnlyRowId =
  /** A command name WebChatService does not have (real-widget.md §4 "Unknown command": Improve). */
  | 'command.rejected.unknown'
  /** sendCustomNotice with no chat open (real-widget.md §5 item 21): the endChat no-session text. */
  | 'sendCustomNotice.rejected.no-active-session'
  /** downloadFile with no chat open: the endChat no-session text. */
  | 'downloadFile.rejected.no-active-session'
  /** downloadFile without a file id, or whose wire call failed: the AJAX Response Object (or undefined). */
  | 'downloadFile.rejected.failed'
  /** fetchHistory with no chat open: the endChat no-session text. */
  | 'fetchHistory.rejected.no-active-session'
  /** pausePoll with no chat open (real-widget.md §3.2: it needs one): the endChat no-session text. */
  | 'pausePoll.rejected.no-active-session'

/** The core-only "no active chat session" rows (every one is a text: the seed's endChat text). */
export type NoSessionRowId = Extract<CoreOnlyRowId, `${string}.rejected.no-active-session`>

/** The seed's endChat text, which the core-only "no active chat session" rows reuse. */
export const noActiveSession = resolutionTexts['endChat.rejected.no-active-session']

/** The text of the other core-only row that is a text. */
export const coreOnlyTexts = {
  /** real-widget.md §4, "Unknown command": the original's own text. */
  'command.rejected.unknown': 'Command does not exist',
} as const satisfies Partial<Record<CoreOnlyRowId, string>>
