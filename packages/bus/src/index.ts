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
