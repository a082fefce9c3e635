export {
  buildAttachmentRequest,
  buildImageUploadRequest,
  buildLeaveRequest,
  buildMessagesRequest,
  buildSendRequest,
  buildStartRequest,
  buildUserDataRequest,
  type NexusClientContext,
  type NexusHttpRequest,
  type NexusStartFields,
  toFetchRequest,
} from './client/build-requests.js'
export { createOperationId } from './client/operation-id.js'
export {
  type NexusMessagesPage,
  type NexusSession,
  readLeaveReply,
  readMessagesReply,
  readSendReply,
  readStartReply,
  readUploadReply,
  readUserDataReply,
} from './client/read-replies.js'
export { type ReplyFailure, type ReplyResult, readErrorReply } from './client/reply-result.js'
export {
  NEXUS_ERROR_CODES,
  NEXUS_FILE_REFUSALS,
  NEXUS_SESSION_LOST_CODE,
  NEXUS_SUCCESS_CODES,
  NEXUS_SUCCESS_STATUS,
  type NexusErrorCode,
} from './protocol/nexus-error-codes.js'
export {
  NEXUS_DEFAULT_AJAX_TIMEOUT,
  NEXUS_DEFAULT_BASE_PATH,
  NEXUS_DEFAULT_PAGE_SIZE,
  NEXUS_FORM_CONTENT_TYPE,
  NEXUS_HEADERS,
  NEXUS_MIN_PAGE_SIZE,
  NEXUS_OPERATIONS,
  NEXUS_SYNC_RESTORE_COUNT,
  type NexusOperation,
  nexusImageUrl,
} from './protocol/nexus-operations.js'
export { readApiKey, readClientKey } from './server/client-key.js'
export type {
  NexusErrorBody,
  NexusRequestCommon,
  NexusRequestError,
  NexusServerRequest,
  NexusStartParams,
} from './server/nexus-server-request.js'
export { type ReadNexusRequestOptions, readNexusRequest } from './server/read-nexus-request.js'
export {
  type NexusReply,
  nexusErrorBody,
  nexusReplyBody,
  writeNexusError,
  writeNexusReply,
  writeNexusRequestError,
} from './server/write-nexus-reply.js'
export { downloadAttachment } from './transport/download-attachment.js'
export { noResponse, type WireReply } from './transport/nexus-failures.js'
export { readSessionData, toSessionData } from './transport/nexus-session.js'
export {
  createNexusV3Transport,
  NEXUS_V3_CAPABILITIES,
  type NexusV3Transport,
  type NexusV3TransportOptions,
} from './transport/nexus-v3-transport.js'
export {
  type ClientTokenPayload,
  type ClientTokenResult,
  decodeBase64Url,
  decodeClientToken,
  encodeBase64Url,
  isWidgetReadablePayload,
} from './wire/client-token.js'
export {
  NEXUS_EVENT_TYPES,
  NEXUS_PARTY_TYPES,
  NEXUS_WIRE_EVENT_TYPES,
  NEXUS_WIRE_PARTY_TYPES,
  type NexusWirePartyType,
} from './wire/event-types.js'
export {
  appendFormValue,
  decodeForm,
  encodeForm,
  FORM_MAX_DEPTH,
  type FormObject,
  type FormValue,
} from './wire/form-encoding.js'
export { decodeNexusEvent, encodeNexusEvent, type NexusWireEvent } from './wire/nexus-event-codec.js'
export { makeNexusIndex, readNexusIndex } from './wire/nexus-index.js'
export * from './wire/wire-schemas.js'
