import { configure } from './commands/configure.js'
import { endChat } from './commands/end-chat.js'
import { fetchHistory } from './commands/fetch-history.js'
import { downloadFile, sendFile } from './commands/file-commands.js'
import { poll, resetPollExceptions, startPoll, stopPoll } from './commands/poll-commands.js'
import { getAgents, getSessionData, getStats, getTranscript } from './commands/read-commands.js'
import { registerPreProcessor, registerTypingPreviewInput } from './commands/register-commands.js'
import { addPrefilter, sendCustomNotice, sendFilteredMessage, sendMessage } from './commands/send-message.js'
import { startChat } from './commands/start-chat.js'
import { updateUserData } from './commands/update-user-data.js'
import type { CommandName } from './names.js'
import type { Outcome } from './rows/outcome.js'
import type { ServiceRuntime } from './service-runtime.js'
import { restore } from './session/restore-session.js'
import type { CommandOptions } from './types/command-types.js'

type Handler<K extends CommandName> = (
  runtime: ServiceRuntime,
  options: CommandOptions[K],
) => Outcome<K> | Promise<Outcome<K>>

/**
 * Every WebChatService command and the function that runs it (one file per command family in commands/).
 * Each runs as `(runtime, options)` after its guards passed (command-guards.ts).
 */
export const commandTable: { readonly [K in CommandName]: Handler<K> } = {
  configure,
  startChat,
  endChat,
  sendMessage,
  sendCustomNotice,
  sendTyping: (runtime, options) => runtime.typing.type(typingText(options)),
  sendFilteredMessage,
  addPrefilter,
  updateUserData,
  poll,
  startPoll,
  stopPoll,
  resetPollExceptions,
  restore,
  getTranscript,
  getAgents,
  getStats,
  sendFile,
  downloadFile,
  getSessionData,
  fetchHistory,
  registerTypingPreviewInput,
  registerPreProcessor,
}

/** sendTyping's text: `message` (what the original reads) or the seed's documented `Message`. */
function typingText(options: CommandOptions['sendTyping']): string | undefined {
  const text = options?.message ?? options?.Message
  return typeof text === 'string' ? text : undefined
}
