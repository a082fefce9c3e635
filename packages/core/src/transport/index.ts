export { type AjaxResponse, ajaxResponse } from './ajax-response.js'
export { type CallFetchOptions, callFetch, type FetchReply, noResponse } from './call-fetch.js'
export { type StringMapMessages, stringMapSchema } from './string-map-schema.js'
export type { Party, PartyType, TranscriptEvent, TranscriptEventType } from './transcript-event.js'
export type {
  Batch,
  CallOptions,
  ChatTransport,
  FetchLike,
  FileLimits,
  Operation,
  SessionData,
  StartInput,
  UploadedFile,
} from './transport.js'
export type { TransportCapabilities } from './transport-capabilities.js'
export type {
  DecodeIssue,
  TransportFailure,
  TransportFailureKind,
  TransportResult,
  TransportSuccess,
} from './transport-result.js'
