export type { Clock } from './config/clock.js'
export { realClock } from './config/clock.js'
export { configDefaults } from './config/config-defaults.js'
export type { ConfigError, ConfigIssue, ResolvedConfig } from './config/parse-config.js'
export { isConfigError, parseConfig } from './config/parse-config.js'
export type { StorageLike } from './config/storage.js'
export { createMemoryStorage } from './config/storage.js'
export type { WebChatConfig } from './config/webchat-config-schema.js'
export { WebChatConfigSchema } from './config/webchat-config-schema.js'
export type { CommandName, EventName } from './names.js'
export { commandNames, eventNames } from './names.js'
export { pollCadence } from './polling/poll-cadence.js'
export type { CoreOnlyRowId } from './rows/beyond-seed-rows.js'
export type { CatalogRowId, ResolutionId } from './rows/resolution-id.js'
export type { RowId } from './rows/row-text.js'
export { sessionStorageKey } from './session/session-store.js'
export * from './transport/index.js'
export type { AgentInfo, ChatMessage, ChatStats, Preprocessor, Transcript } from './types/chat-message.js'
export type {
  CommandOptions,
  CommandOutcome,
  CommandResults,
  FilesOption,
  StartChatOptions,
} from './types/command-types.js'
export type {
  AgentTypingPayload,
  EventPayloads,
  MessageReceivedPayload,
  ParticipantPayload,
  RestoredPayload,
  StartedPayload,
} from './types/event-payloads.js'
export type { PreviewInputElement } from './typing/preview-input.js'
export { clientTypingTimeout } from './typing/typing-burst.js'
export type { WebChatService, WebChatServiceOptions } from './web-chat-service.js'
export { createWebChatService } from './web-chat-service.js'
