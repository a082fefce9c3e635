// Every endpoint the reference notes list, as method + path + operationId, one row per wire call.
// The spec files must hold exactly these operations (see openapi-operations.test.ts).

export interface EndpointRow {
  readonly method: 'get' | 'post' | 'put' | 'delete' | 'options'
  readonly path: string
  readonly operationId: string
  /** Where the reference notes describe the call. */
  readonly cites: string
}

const gms = '/genesys/2/chat/{serviceName}'
const session = `${gms}/{chatId}`

export const gmsChatV2Endpoints: readonly EndpointRow[] = [
  { method: 'post', path: gms, operationId: 'requestChat', cites: 'gms-chat-v2 §2.1' },
  { method: 'post', path: `${gms}/`, operationId: 'requestChatTrailingSlash', cites: 'real-widget §2.1' },
  { method: 'post', path: `${session}/send`, operationId: 'sendMessage', cites: 'gms-chat-v2 §2.2' },
  { method: 'post', path: `${session}/startTyping`, operationId: 'startTyping', cites: 'gms-chat-v2 §2.3' },
  { method: 'post', path: `${session}/stopTyping`, operationId: 'stopTyping', cites: 'gms-chat-v2 §2.3' },
  { method: 'post', path: `${session}/refresh`, operationId: 'refreshChat', cites: 'gms-chat-v2 §2.4' },
  { method: 'post', path: `${session}/disconnect`, operationId: 'disconnect', cites: 'gms-chat-v2 §2.5' },
  { method: 'post', path: `${session}/pushUrl`, operationId: 'pushUrl', cites: 'gms-chat-v2 §2.6' },
  {
    method: 'post',
    path: `${session}/updateNickname`,
    operationId: 'updateNickname',
    cites: 'gms-chat-v2 §2.7',
  },
  { method: 'post', path: `${session}/customNotice`, operationId: 'customNotice', cites: 'gms-chat-v2 §2.8' },
  { method: 'post', path: `${session}/updateData`, operationId: 'updateData', cites: 'gms-chat-v2 §2.9' },
  { method: 'post', path: `${session}/readReceipt`, operationId: 'readReceipt', cites: 'gms-chat-v2 §2.10' },
  {
    method: 'post',
    path: `${session}/file/limits`,
    operationId: 'getFileLimits',
    cites: 'gms-chat-v2 §2.11',
  },
  { method: 'post', path: `${session}/file`, operationId: 'uploadFile', cites: 'gms-chat-v2 §2.11' },
  {
    method: 'post',
    path: `${session}/file/{fileId}/download`,
    operationId: 'downloadFile',
    cites: 'gms-chat-v2 §2.11',
  },
  {
    method: 'post',
    path: `${session}/file/{fileId}/delete`,
    operationId: 'deleteFile',
    cites: 'gms-chat-v2 §2.11',
  },
  { method: 'post', path: '/genesys/cometd', operationId: 'cometdExchange', cites: 'gms-chat-v2 §7' },
  {
    method: 'post',
    path: '/genesys/2/chat-ntf',
    operationId: 'cometdFileOperation',
    cites: 'gms-chat-v2 §7',
  },
  // Pre-flights: with `apikey` every call is pre-flighted (real-widget §2.1).
  { method: 'options', path: gms, operationId: 'preflightRequestChat', cites: 'real-widget §2.1' },
  {
    method: 'options',
    path: `${gms}/`,
    operationId: 'preflightRequestChatTrailingSlash',
    cites: 'real-widget §2.1',
  },
  {
    method: 'options',
    path: `${session}/send`,
    operationId: 'preflightSendMessage',
    cites: 'real-widget §2.1',
  },
  {
    method: 'options',
    path: `${session}/startTyping`,
    operationId: 'preflightStartTyping',
    cites: 'real-widget §2.1',
  },
  {
    method: 'options',
    path: `${session}/stopTyping`,
    operationId: 'preflightStopTyping',
    cites: 'real-widget §2.1',
  },
  {
    method: 'options',
    path: `${session}/refresh`,
    operationId: 'preflightRefreshChat',
    cites: 'real-widget §2.1',
  },
  {
    method: 'options',
    path: `${session}/disconnect`,
    operationId: 'preflightDisconnect',
    cites: 'real-widget §2.1',
  },
  {
    method: 'options',
    path: `${session}/pushUrl`,
    operationId: 'preflightPushUrl',
    cites: 'real-widget §2.1',
  },
  {
    method: 'options',
    path: `${session}/updateNickname`,
    operationId: 'preflightUpdateNickname',
    cites: 'real-widget §2.1',
  },
  {
    method: 'options',
    path: `${session}/customNotice`,
    operationId: 'preflightCustomNotice',
    cites: 'real-widget §2.1',
  },
  {
    method: 'options',
    path: `${session}/updateData`,
    operationId: 'preflightUpdateData',
    cites: 'real-widget §2.1',
  },
  {
    method: 'options',
    path: `${session}/readReceipt`,
    operationId: 'preflightReadReceipt',
    cites: 'real-widget §2.1',
  },
  {
    method: 'options',
    path: `${session}/file/limits`,
    operationId: 'preflightGetFileLimits',
    cites: 'real-widget §2.1',
  },
  {
    method: 'options',
    path: `${session}/file`,
    operationId: 'preflightUploadFile',
    cites: 'real-widget §2.1',
  },
  {
    method: 'options',
    path: `${session}/file/{fileId}/download`,
    operationId: 'preflightDownloadFile',
    cites: 'real-widget §2.1',
  },
  {
    method: 'options',
    path: `${session}/file/{fileId}/delete`,
    operationId: 'preflightDeleteFile',
    cites: 'real-widget §2.1',
  },
]

const b = '/nexus/v3/chat/sessions'

export const nexusV3Endpoints: readonly EndpointRow[] = [
  // E1 and E2 share POST B; the x-nexus-client-key header tells them apart (pureengage-v3 §3 E1, E2).
  { method: 'post', path: b, operationId: 'startSession', cites: 'pureengage-v3 §3 E1, E2' },
  {
    method: 'get',
    path: `${b}/{sessionId}/messages`,
    operationId: 'getMessages',
    cites: 'pureengage-v3 §3 E3, §9',
  },
  // sendMessage and sendTyping share POST messages with discriminated bodies (pureengage-v3 §3 E4).
  {
    method: 'post',
    path: `${b}/{sessionId}/messages`,
    operationId: 'sendMessage',
    cites: 'pureengage-v3 §3 E4',
  },
  {
    method: 'post',
    path: `${b}/{sessionId}/images`,
    operationId: 'uploadImage',
    cites: 'pureengage-v3 §3 E5',
  },
  {
    method: 'get',
    path: `${b}/{sessionId}/images/{mediaId}`,
    operationId: 'downloadAttachment',
    cites: 'pureengage-v3 §3 E6',
  },
  {
    method: 'put',
    path: `${b}/{sessionId}/userdata`,
    operationId: 'updateUserData',
    cites: 'pureengage-v3 §3 E7',
  },
  {
    method: 'delete',
    path: `${b}/{sessionId}/participants/{participantId}`,
    operationId: 'endSession',
    cites: 'pureengage-v3 §3 E8',
  },
  // Pre-flights: every v3 call is pre-flighted (real-widget §2.6).
  { method: 'options', path: b, operationId: 'preflightSessions', cites: 'real-widget §2.6' },
  {
    method: 'options',
    path: `${b}/{sessionId}/messages`,
    operationId: 'preflightMessages',
    cites: 'real-widget §2.6',
  },
  {
    method: 'options',
    path: `${b}/{sessionId}/images`,
    operationId: 'preflightImages',
    cites: 'real-widget §2.6',
  },
  {
    method: 'options',
    path: `${b}/{sessionId}/images/{mediaId}`,
    operationId: 'preflightImage',
    cites: 'real-widget §2.6',
  },
  {
    method: 'options',
    path: `${b}/{sessionId}/userdata`,
    operationId: 'preflightUserData',
    cites: 'real-widget §2.6',
  },
  {
    method: 'options',
    path: `${b}/{sessionId}/participants/{participantId}`,
    operationId: 'preflightParticipant',
    cites: 'real-widget §2.6',
  },
]
