import type { CommandName } from '../names.js'
import type { TextRowId } from '../rows/row-text.js'
import type { Phase } from '../service-runtime.js'
import type { ChatTransport } from '../transport/transport.js'
import type { TransportCapabilities } from '../transport/transport-capabilities.js'

/** What the guards look at: the service's state when a command arrives (the runtime is one). */
export interface GuardState {
  readonly phase: Phase
  /** A session is open (phase `active`). */
  readonly active: boolean
  /** The transport's capabilities and optional methods. */
  readonly transport: Pick<ChatTransport, 'capabilities' | 'uploadFile' | 'downloadFile' | 'history'>
  readonly config: { readonly async: { readonly enabled: boolean } }
  readonly poller: { readonly inFlight: boolean }
  readonly historyExhausted?: boolean | undefined
}

type Check = (state: GuardState, options: unknown, caller: string | undefined) => boolean

/** The `<suffix>` of the `<command>.rejected.<suffix>` text rows of a command. */
type RowSuffix<K extends string> = TextRowId extends infer R
  ? R extends `${K}.rejected.${infer S}`
    ? S
    : never
  : never

/** The caller name allowed to run private commands (seed: poll, restore Access Denied rows). */
export const privateCaller = 'WebChatService'

/** `<command>.rejected.already-active`: a session is open, or one is starting, ending or being restored. */
const alreadyActive = ['already-active', (s: GuardState) => s.phase !== 'idle'] as const
/** `<command>.rejected.no-active-session`: no session is open. */
const noSession = ['no-active-session', (s: GuardState) => !s.active] as const
/** The transport lacks a capability (or the method that goes with it). */
const lacks =
  (capability: keyof TransportCapabilities, method?: 'uploadFile' | 'downloadFile' | 'history') =>
  (s: GuardState) =>
    !s.transport.capabilities[capability] ||
    (method !== undefined && typeof s.transport[method] !== 'function')
/** `<command>.rejected.not-supported`: the transport lacks a capability (or its method). */
const notSupported = (...args: Parameters<typeof lacks>) => ['not-supported', lacks(...args)] as const
const noPolling = notSupported('polling')
const blankMessage = (_: GuardState, o: unknown) => {
  const message = (o as { message?: unknown } | undefined)?.message
  return typeof message !== 'string' || message.trim() === ''
}

/**
 * The states each command is legal in, as the catalog's rejection rows state them, checked in order
 * before the command runs (pure: state in, row out). Each guard is [row id after `<command>.rejected.`,
 * when it holds]. Rows whose value is not a text (AJAX failures, n/a) and argument checks that need
 * parsing stay with the command.
 */
const commandGuards: { readonly [K in CommandName]?: readonly (readonly [RowSuffix<K>, Check])[] } = {
  // startChat.rejected.already-active: "A chat session is already active" (also while one starts: single-flight)
  startChat: [alreadyActive],
  // endChat.rejected.no-active-session: "No chat session is currently active" (also a second call)
  endChat: [noSession],
  // sendMessage: the seed lists "No message text provided" before "No chat session is currently active"
  sendMessage: [['no-message-text', blankMessage], noSession],
  sendCustomNotice: [
    // sendCustomNotice.rejected.not-supported: "The server doesn't support receiving custom notices"
    notSupported('customNotice'),
    // beyond the seed (real-widget.md §5 item 21): the endChat no-session text
    noSession,
  ],
  // sendTyping.rejected.no-active-session
  sendTyping: [noSession],
  // sendFilteredMessage.rejected.no-active-session
  sendFilteredMessage: [noSession],
  // updateUserData.rejected.not-supported: "Session is active and the server doesn't support updating userData"
  updateUserData: [['not-supported', (s) => s.active && !s.transport.capabilities.updateUserDataInSession]],
  poll: [
    // poll.rejected.access-denied: "WebChatService isn't calling this command"
    ['access-denied', (_, _options, caller) => caller !== privateCaller],
    // poll.rejected.not-supported: "The server doesn't support polling"
    noPolling,
    // poll.rejected.previous-poll-pending: labelled "No chat session is currently active", texted "previous poll
    // has not finished." — it answers both
    ['previous-poll-pending', (s) => !s.active || s.poller.inFlight],
  ],
  startPoll: [noPolling, noSession],
  stopPoll: [noPolling, noSession],
  // resetPollExceptions.rejected.not-supported (GMS v2 resets; v3 has no poll exceptions)
  resetPollExceptions: [notSupported('pollExceptionReset')],
  restore: [
    // restore.rejected.access-denied: "Trying restore chat session manually" (outside async mode)
    ['access-denied', (s, _, caller) => caller !== privateCaller && !s.config.async.enabled],
    // restore.rejected.in-progress: "Restoring chat session is in progress"
    ['in-progress', (s) => s.phase === 'restoring'],
    // restore.rejected.already-active: "Chat session is already active" (or starting / ending)
    alreadyActive,
  ],
  // sendFile.rejected.not-supported: "The server doesn't support file uploads"; no-active-session is beyond the seed
  sendFile: [notSupported('fileUpload', 'uploadFile'), noSession],
  downloadFile: [
    // downloadFile.rejected.not-supported: beyond the seed (catalog, real-widget.md §3.2)
    notSupported('fileDownload', 'downloadFile'),
    // beyond the seed: the endChat no-session text
    noSession,
  ],
  fetchHistory: [
    // fetchHistory.rejected.not-async: "Asynchronous mode is not enabled" (or the transport has no history)
    ['not-async', (s) => !s.config.async.enabled || lacks('history', 'history')(s)],
    // beyond the seed: the endChat no-session text
    noSession,
    // fetchHistory.rejected.no-more-messages: "No more messages" once the transport said there are none
    ['no-more-messages', (s) => s.historyExhausted === true],
  ],
}

/** The row of the first guard that holds (the command rejects with its text), or undefined when the command may run. */
export function firstFailedGuard(
  name: CommandName,
  state: GuardState,
  caller: string | undefined,
  options: unknown,
): TextRowId | undefined {
  const guard = commandGuards[name]?.find(([, when]) => when(state, options, caller))
  return guard && (`${name}.rejected.${guard[0]}` as TextRowId)
}

/** What a command's guard ensured (the session, a transport method): missing here is a bug, so it throws. */
export function guarded<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('chatwire: a command ran past its guard')
  return value
}
