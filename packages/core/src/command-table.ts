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

export interface CommandContext {
  readonly runtime: ServiceRuntime
  readonly caller: string | undefined
  readonly saveFile: (file: Blob, name: string | undefined) => void
}

type Handler<K extends CommandName> = (
  options: CommandOptions[K],
  context: CommandContext,
) => Outcome<K> | Promise<Outcome<K>>

/** Every WebChatService command and the function that runs it (one file per command family in commands/). */
export const commandTable: { readonly [K in CommandName]: Handler<K> } = {
  configure: (options, { runtime }) => configure(runtime, options),
  startChat: (options, { runtime }) => startChat(runtime, options),
  endChat: (_, { runtime }) => endChat(runtime),
  sendMessage: (options, { runtime }) => sendMessage(runtime, options),
  sendCustomNotice: (options, { runtime }) => sendCustomNotice(runtime, options),
  sendTyping: (options, { runtime }) => runtime.typing.type(typingText(options)),
  sendFilteredMessage: (options, { runtime }) => sendFilteredMessage(runtime, options),
  addPrefilter: (options, { runtime }) => addPrefilter(runtime, options),
  updateUserData: (options, { runtime }) => updateUserData(runtime, options),
  poll: (_, { runtime }) => poll(runtime),
  startPoll: (_, { runtime }) => startPoll(runtime),
  stopPoll: (_, { runtime }) => stopPoll(runtime),
  resetPollExceptions: (_, { runtime }) => resetPollExceptions(runtime),
  restore: (options, { runtime }) => restore(runtime, options),
  getTranscript: (_, { runtime }) => getTranscript(runtime),
  getAgents: (_, { runtime }) => getAgents(runtime),
  getStats: (_, { runtime }) => getStats(runtime),
  sendFile: (options, { runtime }) => sendFile(runtime, options),
  downloadFile: (options, { runtime, saveFile }) => downloadFile(runtime, options, saveFile),
  getSessionData: (_, { runtime }) => getSessionData(runtime),
  fetchHistory: (_, { runtime }) => fetchHistory(runtime),
  registerTypingPreviewInput: (options, { runtime }) => registerTypingPreviewInput(runtime, options),
  registerPreProcessor: (options, { runtime }) => registerPreProcessor(runtime, options),
}

/** sendTyping's text: `message` (what the original reads) or the seed's documented `Message`. */
function typingText(options: CommandOptions['sendTyping']): string | undefined {
  const text = options?.message ?? options?.Message
  return typeof text === 'string' ? text : undefined
}
