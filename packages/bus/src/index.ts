export { type CookieJar, type CookieOptions, createCookieJar } from './browser-cookie.js'
export { type BusRejectionCode, type BusRejectionInfo, busRejections } from './bus-rejections.js'
export type {
  BeforeHook,
  Bus,
  BusConfig,
  BusEvent,
  BusPlugin,
  CommandArgs,
  CommandHandler,
  CommandMap,
  CommandRequest,
  CommandResult,
  EventData,
  EventMap,
  NameOf,
  Subscriber,
} from './bus-types.js'
export { type CreateBusOptions, createBus } from './create-bus.js'
export {
  type BusDeferred,
  createDeferred,
  type Deferred,
  type DeferredState,
  defaultErrorReporter,
  type ErrorReporter,
} from './deferred.js'
export { INVALID_TRANSPORT, pickTransport, type TransportChoice } from './pick-transport.js'
export { type ConfigIssue, registerUnavailableService } from './register-unavailable-service.js'
export {
  type RegisterWebChatServiceResult,
  registerWebChatService,
  type WebChatOutcomeInfo,
  type WebChatServiceLike,
} from './register-web-chat-service.js'
export {
  type BusPayload,
  createWebChatBus,
  WEB_CHAT_SERVICE,
  type WebChatBus,
  type WebChatBusPlugin,
  type WebChatServiceCommands,
  type WebChatServiceEvents,
} from './web-chat-service-types.js'
