/** The commands of WebChatService, in the seed's order (`configure` first, as in the seed). */
export const commandNames = [
  'configure',
  'startChat',
  'endChat',
  'sendMessage',
  'sendCustomNotice',
  'sendTyping',
  'sendFilteredMessage',
  'addPrefilter',
  'updateUserData',
  'poll',
  'startPoll',
  'stopPoll',
  'resetPollExceptions',
  'restore',
  'getTranscript',
  'getAgents',
  'getStats',
  'sendFile',
  'downloadFile',
  'getSessionData',
  'fetchHistory',
  'registerTypingPreviewInput',
  'registerPreProcessor',
] as const

export type CommandName = (typeof commandNames)[number]

/** The 29 events of WebChatService, in the seed's order. */
export const eventNames = [
  'ready',
  'restored',
  'restoreTimeout',
  'restoreFailed',
  'restoredOffline',
  'messageReceived',
  'error',
  'started',
  'ended',
  'agentTypingStarted',
  'agentTypingStopped',
  'pollingStarted',
  'pollingStopped',
  'clientConnected',
  'clientDisconnected',
  'agentConnected',
  'agentDisconnected',
  'supervisorConnected',
  'supervisorDisconnected',
  'botConnected',
  'botDisconnected',
  'clientTypingStarted',
  'clientTypingStopped',
  'disconnected',
  'reconnected',
  'chatServerWentOffline',
  'chatServerBackOnline',
  'connectionPending',
  'connectionRestored',
] as const

export type EventName = (typeof eventNames)[number]

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && (commandNames as readonly string[]).includes(name)
}
