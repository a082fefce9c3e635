import type { RowId } from '../rows/row-text.js'
import type { AjaxResponse } from '../transport/ajax-response.js'
import type { SessionData } from '../transport/transport.js'
import type { AgentInfo, ChatStats, Preprocessor, Transcript } from './chat-message.js'

/** startChat options (seed: startChat Options). */
export interface StartChatOptions {
  nickname?: string
  firstname?: string
  lastname?: string
  email?: string
  subject?: string
  /** Merged with the configured userData; a JSON object text is accepted too. */
  userData?: Record<string, unknown> | string
}

/** What a file option may be: a File/Blob, a FileList or array, or an `<input type="file">` (first file is sent). */
export type FilesOption = Blob | ArrayLike<Blob> | { readonly files: ArrayLike<Blob> | null } | unknown

/** Options of every command, by name (seed option tables). Arguments are checked at run time too. */
export interface CommandOptions {
  configure: unknown
  startChat: StartChatOptions | undefined
  endChat: undefined
  sendMessage: { message?: unknown; type?: string } | undefined
  sendCustomNotice: { message?: string } | undefined
  /** The seed documents `Message`; the original reads `message` (real-widget.md §5 item 28): both are read. */
  sendTyping: { message?: string; Message?: string } | undefined
  sendFilteredMessage: { message?: unknown; regex?: unknown } | undefined
  addPrefilter: { filters?: unknown } | undefined
  updateUserData: Record<string, unknown> | undefined
  poll: undefined
  startPoll: undefined
  stopPoll: undefined
  resetPollExceptions: undefined
  /** Async mode: the session data (v3: the JWT string) to restore. */
  restore: { sessionData?: string | SessionData } | undefined
  getTranscript: undefined
  getAgents: undefined
  getStats: undefined
  sendFile: { files?: FilesOption } | undefined
  /** The seed documents `field`; the original reads `fileId` (real-widget.md §5 item 28): both are read. */
  downloadFile: { fileId?: string; field?: string; fileName?: string } | undefined
  getSessionData: undefined
  fetchHistory: undefined
  registerTypingPreviewInput: { input?: unknown } | undefined
  registerPreProcessor: { preprocessor?: unknown } | undefined
  getFileLimits: undefined
  verifySession: undefined
  sleep: undefined
  /** `resetIdleState: true` sends the cancel-idle-timer notice even when awake (real-widget.md §3.2). */
  wake: { resetIdleState?: boolean } | undefined
  pausePoll: undefined
}

/** What each command resolves with (seed "Returns" of its resolved rows; n/a = undefined). */
export interface CommandResults {
  configure: undefined
  startChat: AjaxResponse
  endChat: AjaxResponse
  sendMessage: AjaxResponse
  sendCustomNotice: AjaxResponse
  sendTyping: AjaxResponse
  sendFilteredMessage: undefined
  addPrefilter: RegExp[]
  updateUserData: AjaxResponse | Record<string, unknown>
  poll: undefined
  startPoll: undefined
  stopPoll: undefined
  resetPollExceptions: undefined
  restore: undefined
  getTranscript: Transcript
  getAgents: AgentInfo[]
  getStats: ChatStats
  sendFile: AjaxResponse
  downloadFile: undefined
  getSessionData: SessionData
  fetchHistory: AjaxResponse
  registerTypingPreviewInput: undefined
  registerPreProcessor: Preprocessor
  /** Beyond the seed (real-widget.md §3.2): the server's limits reply as raw JSON text, as the original resolves it. */
  getFileLimits: string
  /** Beyond the seed (real-widget.md §3.2). */
  verifySession: { sessionActive: boolean }
  sleep: undefined
  wake: undefined
  pausePoll: undefined
}

/** The result of a command: the row that applied (a stable code) and the documented value. */
export type CommandOutcome<K extends keyof CommandResults> =
  | { readonly ok: true; readonly row: RowId; readonly value: CommandResults[K] }
  | { readonly ok: false; readonly row: RowId; readonly value: unknown }
