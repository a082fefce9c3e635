import {
  alreadyActive,
  blankMessage,
  type Guard,
  type GuardState,
  lacks,
  noPolling,
  noSession,
  notSupported,
  privateCaller,
} from './commands/command-guards.js'
import { configure } from './commands/configure.js'
import { endChat } from './commands/end-chat.js'
import { fetchHistory } from './commands/fetch-history.js'
import { downloadFile, getFileLimits, sendFile } from './commands/file-commands.js'
import { poll, resetPollExceptions, startPoll, stopPoll } from './commands/poll-commands.js'
import { getAgents, getSessionData, getStats, getTranscript } from './commands/read-commands.js'
import { registerPreProcessor, registerTypingPreviewInput } from './commands/register-commands.js'
import { addPrefilter, sendCustomNotice, sendFilteredMessage, sendMessage } from './commands/send-message.js'
import { pausePoll, sleep, wake } from './commands/sleep-commands.js'
import { startChat } from './commands/start-chat.js'
import { updateUserData } from './commands/update-user-data.js'
import type { CommandName } from './names.js'
import type { Outcome } from './rows/outcome.js'
import type { TextRowId } from './rows/row-text.js'
import type { ServiceRuntime } from './service-runtime.js'
import { restore } from './session/restore-session.js'
import { verifySession } from './session/verify-session.js'
import type { CommandOptions } from './types/command-types.js'

type Handler<K extends CommandName> = (
  runtime: ServiceRuntime,
  options: CommandOptions[K],
) => Outcome<K> | Promise<Outcome<K>>

/** A command: the function that runs it as `(runtime, options)`, then its guards (command-guards.ts) in order. */
type Command<K extends CommandName> = readonly [Handler<K>, ...Guard<K>[]]

/**
 * Every WebChatService command (one file per command family in commands/), with the states it is legal
 * in as the catalog's rejection rows state them (quoted below), checked in order before it runs.
 */
export const commandTable: { readonly [K in CommandName]: Command<K> } = {
  configure: [configure],
  // startChat.rejected.already-active: "A chat session is already active" (also while one starts: single-flight)
  startChat: [startChat, alreadyActive],
  // endChat.rejected.no-active-session: "No chat session is currently active" (also a second call)
  endChat: [endChat, noSession],
  // sendMessage: the seed lists "No message text provided" before "No chat session is currently active"
  sendMessage: [sendMessage, ['no-message-text', blankMessage], noSession],
  sendCustomNotice: [
    sendCustomNotice,
    // sendCustomNotice.rejected.not-supported: "The server doesn't support receiving custom notices"
    notSupported('customNotice'),
    // beyond the seed (real-widget.md §5 item 21): the endChat no-session text
    noSession,
  ],
  // sendTyping.rejected.no-active-session
  sendTyping: [(runtime, options) => runtime.typing.type(typingText(options)), noSession],
  // sendFilteredMessage.rejected.no-active-session
  sendFilteredMessage: [sendFilteredMessage, noSession],
  addPrefilter: [addPrefilter],
  updateUserData: [
    updateUserData,
    // updateUserData.rejected.not-supported: "Session is active and the server doesn't support updating userData"
    ['not-supported', (s) => s.active && !s.transport.capabilities.updateUserDataInSession],
  ],
  poll: [
    poll,
    // poll.rejected.access-denied: "WebChatService isn't calling this command"
    ['access-denied', (_, _options, caller) => caller !== privateCaller],
    // poll.rejected.not-supported: "The server doesn't support polling"
    noPolling,
    // poll.rejected.previous-poll-pending: labelled "No chat session is currently active", texted "previous poll
    // has not finished." — it answers both
    ['previous-poll-pending', (s) => !s.active || s.poller.inFlight],
  ],
  startPoll: [startPoll, noPolling, noSession],
  stopPoll: [stopPoll, noPolling, noSession],
  // resetPollExceptions.rejected.not-supported (GMS v2 resets; v3 has no poll exceptions)
  resetPollExceptions: [resetPollExceptions, notSupported('pollExceptionReset')],
  restore: [
    restore,
    // restore.rejected.access-denied: "Trying restore chat session manually" (outside async mode)
    ['access-denied', (s, _, caller) => caller !== privateCaller && !s.config.async.enabled],
    // restore.rejected.in-progress: "Restoring chat session is in progress"
    ['in-progress', (s) => s.phase === 'restoring'],
    // restore.rejected.already-active: "Chat session is already active" (or starting / ending)
    alreadyActive,
  ],
  getTranscript: [getTranscript],
  getAgents: [getAgents],
  getStats: [getStats],
  // sendFile.rejected.not-supported: "The server doesn't support file uploads"; no-active-session is beyond the seed
  sendFile: [sendFile, notSupported('fileUpload', 'uploadFile'), noSession],
  downloadFile: [
    downloadFile,
    // downloadFile.rejected.not-supported: beyond the seed (catalog, real-widget.md §3.2)
    notSupported('fileDownload', 'downloadFile'),
    // beyond the seed: the endChat no-session text
    noSession,
  ],
  getSessionData: [getSessionData],
  fetchHistory: [
    fetchHistory,
    // fetchHistory.rejected.not-async: "Asynchronous mode is not enabled" (or the transport has no history)
    ['not-async', (s) => !s.config.async.enabled || lacks('history', 'history')(s)],
    // beyond the seed: the endChat no-session text
    noSession,
    // fetchHistory.rejected.no-more-messages: "No more messages" once the transport said there are none
    ['no-more-messages', (s) => s.historyExhausted === true],
  ],
  registerTypingPreviewInput: [registerTypingPreviewInput],
  registerPreProcessor: [registerPreProcessor],
  // getFileLimits.rejected.not-supported: "The server doesn't support file limits" (beyond the seed)
  getFileLimits: [getFileLimits, notSupported('fileLimits', 'fileLimits')],
  // verifySession never rejects on either transport (beyond the seed)
  verifySession: [verifySession],
  // sleep and wake always resolve (beyond the seed)
  sleep: [sleep],
  wake: [wake],
  // pausePoll needs an open chat (beyond the seed: the endChat no-session text otherwise)
  pausePoll: [pausePoll, noSession],
}

/** sendTyping's text: `message` (what the original reads) or the seed's documented `Message`. */
function typingText(options: CommandOptions['sendTyping']): string | undefined {
  const text = options?.message ?? options?.Message
  return typeof text === 'string' ? text : undefined
}

/** The row of the first guard of `name` that holds (the command rejects with its text), or undefined when it may run. */
export function firstFailedGuard(
  name: CommandName,
  state: GuardState,
  caller: string | undefined,
  options: unknown,
): TextRowId | undefined {
  const [, ...guards] = commandTable[name] as Command<CommandName>
  const guard = guards.find(([, when]) => when(state, options, caller))
  return guard && (`${name}.rejected.${guard[0]}` as TextRowId)
}
