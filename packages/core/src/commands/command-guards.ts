import type { CommandName } from '../names.js'
import type { TextRowId } from '../rows/row-text.js'
import type { Phase } from '../service-runtime.js'
import type { TransportCapabilities } from '../transport/transport-capabilities.js'

/** What the guards look at: the service's state when a command arrives. */
export interface GuardState {
  readonly phase: Phase
  /** A session is open (phase `active`). */
  readonly active: boolean
  readonly caller: string | undefined
  readonly capabilities: TransportCapabilities
  readonly asyncMode: boolean
  readonly pollInFlight: boolean
  readonly historyExhausted: boolean
  readonly hasUploadFile: boolean
  readonly hasDownloadFile: boolean
  readonly hasHistory: boolean
}

/** A precondition: when `when` holds, the command rejects with `row` and the row's text. */
export interface Guard {
  readonly row: TextRowId
  readonly when: (state: GuardState, options: unknown) => boolean
}

/** The caller name allowed to run private commands (seed: poll, restore Access Denied rows). */
export const privateCaller = 'WebChatService'

const noSession = (s: GuardState) => !s.active
const blankMessage = (_: GuardState, o: unknown) => {
  const message = (o as { message?: unknown } | undefined)?.message
  return typeof message !== 'string' || message.trim() === ''
}

/**
 * The states each command is legal in, as the catalog's rejection rows state them, checked in order
 * before the command runs (pure: state in, row out). Rows whose value is not a text (AJAX failures,
 * n/a) and argument checks that need parsing stay with the command.
 */
export const commandGuards: { readonly [K in CommandName]?: readonly Guard[] } = {
  // startChat.rejected.already-active: "A chat session is already active" (also while one starts: single-flight)
  startChat: [{ row: 'startChat.rejected.already-active', when: (s) => s.phase !== 'idle' }],
  // endChat.rejected.no-active-session: "No chat session is currently active" (also a second call)
  endChat: [{ row: 'endChat.rejected.no-active-session', when: noSession }],
  // sendMessage: the seed lists "No message text provided" before "No chat session is currently active"
  sendMessage: [
    { row: 'sendMessage.rejected.no-message-text', when: blankMessage },
    { row: 'sendMessage.rejected.no-active-session', when: noSession },
  ],
  // sendCustomNotice.rejected.not-supported: "The server doesn't support receiving custom notices"
  sendCustomNotice: [
    { row: 'sendCustomNotice.rejected.not-supported', when: (s) => !s.capabilities.customNotice },
  ],
  // sendTyping.rejected.no-active-session
  sendTyping: [{ row: 'sendTyping.rejected.no-active-session', when: noSession }],
  // sendFilteredMessage.rejected.no-active-session
  sendFilteredMessage: [{ row: 'sendFilteredMessage.rejected.no-active-session', when: noSession }],
  // updateUserData.rejected.not-supported: "Session is active and the server doesn't support updating userData"
  updateUserData: [
    {
      row: 'updateUserData.rejected.not-supported',
      when: (s) => s.active && !s.capabilities.updateUserDataInSession,
    },
  ],
  poll: [
    // poll.rejected.access-denied: "WebChatService isn't calling this command"
    { row: 'poll.rejected.access-denied', when: (s) => s.caller !== privateCaller },
    // poll.rejected.not-supported: "The server doesn't support polling"
    { row: 'poll.rejected.not-supported', when: (s) => !s.capabilities.polling },
    // poll.rejected.previous-poll-pending: labelled "No chat session is currently active", texted "previous poll
    // has not finished." — it answers both
    { row: 'poll.rejected.previous-poll-pending', when: (s) => !s.active || s.pollInFlight },
  ],
  startPoll: [
    { row: 'startPoll.rejected.not-supported', when: (s) => !s.capabilities.polling },
    { row: 'startPoll.rejected.no-active-session', when: noSession },
  ],
  stopPoll: [
    { row: 'stopPoll.rejected.not-supported', when: (s) => !s.capabilities.polling },
    { row: 'stopPoll.rejected.no-active-session', when: noSession },
  ],
  // resetPollExceptions.rejected.not-supported (GMS v2 resets; v3 has no poll exceptions)
  resetPollExceptions: [
    { row: 'resetPollExceptions.rejected.not-supported', when: (s) => !s.capabilities.pollExceptionReset },
  ],
  restore: [
    // restore.rejected.access-denied: "Trying restore chat session manually" (outside async mode)
    { row: 'restore.rejected.access-denied', when: (s) => s.caller !== privateCaller && !s.asyncMode },
    // restore.rejected.in-progress: "Restoring chat session is in progress"
    { row: 'restore.rejected.in-progress', when: (s) => s.phase === 'restoring' },
    // restore.rejected.already-active: "Chat session is already active" (or starting / ending)
    { row: 'restore.rejected.already-active', when: (s) => s.phase !== 'idle' },
  ],
  // sendFile.rejected.not-supported: "The server doesn't support file uploads"; no-active-session is beyond the seed
  sendFile: [
    { row: 'sendFile.rejected.not-supported', when: (s) => !s.capabilities.fileUpload || !s.hasUploadFile },
    { row: 'sendFile.rejected.no-active-session', when: noSession },
  ],
  // downloadFile.rejected.not-supported: beyond the seed (catalog, real-widget.md §3.2)
  downloadFile: [
    {
      row: 'downloadFile.rejected.not-supported',
      when: (s) => !s.capabilities.fileDownload || !s.hasDownloadFile,
    },
  ],
  fetchHistory: [
    // fetchHistory.rejected.not-async: "Asynchronous mode is not enabled" (or the transport has no history)
    {
      row: 'fetchHistory.rejected.not-async',
      when: (s) => !s.asyncMode || !s.capabilities.history || !s.hasHistory,
    },
  ],
}

/** The first guard that holds, or undefined when the command may run. */
export function firstFailedGuard(name: CommandName, state: GuardState, options: unknown): Guard | undefined {
  return commandGuards[name]?.find((guard) => guard.when(state, options))
}
