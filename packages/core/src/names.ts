import { commandTable } from './command-table.js'

/** The commands of WebChatService, in the seed's order (`configure` first, as in the seed). */
export type CommandName =
  | 'configure'
  | 'startChat'
  | 'endChat'
  | 'sendMessage'
  | 'sendCustomNotice'
  | 'sendTyping'
  | 'sendFilteredMessage'
  | 'addPrefilter'
  | 'updateUserData'
  | 'poll'
  | 'startPoll'
  | 'stopPoll'
  | 'resetPollExceptions'
  | 'restore'
  | 'getTranscript'
  | 'getAgents'
  | 'getStats'
  | 'sendFile'
  | 'downloadFile'
  | 'getSessionData'
  | 'fetchHistory'
  | 'registerTypingPreviewInput'
  | 'registerPreProcessor'
  // beyond the seed (real-widget.md §3.2), after the seed's commands as in the catalog
  | 'getFileLimits'
  | 'verifySession'
  | 'sleep'
  | 'wake'
  | 'pausePoll'

/** Every CommandName, in that order: the keys of the command table (which must have one per command). */
export const commandNames = /* @__PURE__ */ Object.keys(commandTable) as readonly CommandName[]

/** The 29 events of WebChatService, in the seed's order, then the two of sleep/wake beyond the seed. */
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
  // beyond the seed (real-widget.md §3.3): sleep and wake
  'sleeping',
  'waking',
] as const

export type EventName = (typeof eventNames)[number]

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commandTable, name)
}
