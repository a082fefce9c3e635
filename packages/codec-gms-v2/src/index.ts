export { type CallFetchOptions, callFetch, type FetchReply } from '@chatwire/core'
export { buildGmsRequest, toFetchRequest } from './build-gms-request.js'
export { type DecodeFailure, issuePath } from './decode-issues.js'
export { appendMap, readFormEntries, toUserDataMap } from './form-codec.js'
export { decodeGmsEvent, encodeGmsEvent } from './gms-event-codec.js'
export {
  GMS_APIKEY_HEADER,
  GMS_BOT_STYLE,
  GMS_BOT_WIRE_PARTY_TYPE,
  GMS_CANCEL_IDLE_TIMER_ATTRIBUTES,
  GMS_ERROR_CODES,
  GMS_EVENT_TYPES,
  GMS_FILE_ID_KEY,
  GMS_FILE_LIMITS_NOTICE_TEXT,
  GMS_FORM_CONTENT_TYPE,
  GMS_PARTY_TYPES,
  GMS_SESSION_LOST_CODES,
  GMS_STATUS_CODES,
  type GmsPartyType,
} from './gms-protocol.js'
export {
  GMS_OPERATION_PATHS,
  type GmsCustomNotice,
  type GmsDisconnect,
  type GmsFileDelete,
  type GmsFileDownload,
  type GmsFileLimits,
  type GmsFileUpload,
  type GmsIdentity,
  type GmsOperation,
  type GmsPushUrl,
  type GmsReadReceipt,
  type GmsRefresh,
  type GmsRequest,
  type GmsRequestChat,
  type GmsSend,
  type GmsSessionRequest,
  type GmsTyping,
  type GmsUpdateData,
  type GmsUpdateNickname,
  type UserDataMap,
} from './gms-request.js'
export { createGmsV2Transport, GMS_V2_CAPABILITIES, type GmsV2TransportOptions } from './gms-v2-transport.js'
export type { GmsTarget, GmsWireRequest } from './gms-wire-request.js'
export {
  GmsStringMapSchema,
  type GmsWireError,
  GmsWireErrorSchema,
  type GmsWireEvent,
  GmsWireEventSchema,
  type GmsWireParty,
  GmsWirePartySchema,
  type GmsWireReply,
  GmsWireReplySchema,
} from './gms-wire-schema.js'
export { readFileLimits } from './read-file-limits.js'
export { type GmsHttpError, type GmsReply, type GmsReplyResult, readGmsReply } from './read-gms-reply.js'
export {
  type GmsRequestError,
  type GmsServerRequest,
  type ReadGmsRequestOptions,
  readGmsRequest,
} from './read-gms-request.js'
export {
  encodeGmsReply,
  type GmsErrorInit,
  type GmsReplyInit,
  type GmsWireReplyBody,
  writeGmsError,
  writeGmsFile,
  writeGmsReply,
} from './write-gms-reply.js'
