/** A form map as the bracket keys carry it (`userData[a]=x`, nested `userData[a][b]=y`). Always prototype-free. */
export interface UserDataMap {
  readonly [key: string]: string | UserDataMap
}

/** The identity triple sent first in every body (gms-chat-v2.md §1; real-widget.md §2.1: empty on request chat). */
export interface GmsIdentity {
  readonly alias: string
  readonly secureKey: string
  readonly userId: string
}

interface SessionScoped {
  /** The `{chatId}` path segment. */
  readonly chatId: string
  readonly identity: GmsIdentity
}

/** Request Chat (gms-chat-v2.md §2.1; real-widget.md §2.2: every name field is sent, `""` when absent). */
export interface GmsRequestChat {
  readonly operation: 'requestChat'
  readonly nickname: string
  readonly firstName: string
  readonly lastName: string
  readonly emailAddress: string
  readonly subject: string
  /** The first message; `""` = none (real-widget.md §2.2). */
  readonly text: string
  readonly userData: UserDataMap
  /** `webchat.endpoint`, a top-level form field sent last (real-widget.md §2.8). */
  readonly endpoint?: string
}

export interface GmsSend extends SessionScoped {
  readonly operation: 'send'
  readonly message: string
  readonly messageType?: string
  readonly transcriptPosition?: number
  /** Sent as JSON text (real-widget.md §2.2: `general-properties.related-event-id`). */
  readonly eventAttributes?: Readonly<Record<string, unknown>>
}

export interface GmsTyping extends SessionScoped {
  readonly operation: 'startTyping' | 'stopTyping'
  /** Typing preview text. */
  readonly message?: string
  readonly transcriptPosition?: number
}

export interface GmsRefresh extends SessionScoped {
  readonly operation: 'refresh'
  /** 0 = no events, 1 = the whole transcript (default), n = events with index ≥ n (gms-chat-v2.md §2.4). */
  readonly transcriptPosition?: number
  readonly message?: string
}

export interface GmsDisconnect extends SessionScoped {
  readonly operation: 'disconnect'
}

export interface GmsPushUrl extends SessionScoped {
  readonly operation: 'pushUrl'
  readonly pushUrl: string
}

export interface GmsUpdateNickname extends SessionScoped {
  readonly operation: 'updateNickname'
  readonly nickname: string
}

export interface GmsCustomNotice extends SessionScoped {
  readonly operation: 'customNotice'
  /** Optional: the widget's wake notice has none (real-widget.md §2.2). */
  readonly message?: string
  readonly eventAttributes?: Readonly<Record<string, unknown>>
}

export interface GmsUpdateData extends SessionScoped {
  readonly operation: 'updateData'
  readonly userData: UserDataMap
}

export interface GmsReadReceipt extends SessionScoped {
  readonly operation: 'readReceipt'
  readonly transcriptPosition: number
}

export interface GmsFileLimits extends SessionScoped {
  readonly operation: 'fileLimits'
}

export interface GmsFileUpload extends SessionScoped {
  readonly operation: 'fileUpload'
  readonly file: Blob
  readonly fileName: string
  readonly userData: UserDataMap
}

export interface GmsFileDownload extends SessionScoped {
  readonly operation: 'fileDownload'
  readonly fileId: string
}

export interface GmsFileDelete extends SessionScoped {
  readonly operation: 'fileDelete'
  readonly fileId: string
}

/** Every GMS Chat v2 request, as both halves see it. */
export type GmsRequest =
  | GmsRequestChat
  | GmsSend
  | GmsTyping
  | GmsRefresh
  | GmsDisconnect
  | GmsPushUrl
  | GmsUpdateNickname
  | GmsCustomNotice
  | GmsUpdateData
  | GmsReadReceipt
  | GmsFileLimits
  | GmsFileUpload
  | GmsFileDownload
  | GmsFileDelete

export type GmsOperation = GmsRequest['operation']
export type GmsSessionRequest = Exclude<GmsRequest, GmsRequestChat>

/**
 * Path after `{dataURL}/{chatId}/` per session operation; `{fileId}` is replaced. All POST
 * (gms-chat-v2.md §1, §2; real-widget.md §2.1).
 */
export const GMS_OPERATION_PATHS = {
  // gms-chat-v2.md §2.2 [DOC-CHATV2]
  send: 'send',
  // gms-chat-v2.md §2.3 [CODE-GMSLIB]
  startTyping: 'startTyping',
  // gms-chat-v2.md §2.3 [CODE-GMSLIB]
  stopTyping: 'stopTyping',
  // gms-chat-v2.md §2.4 [CODE-GMSLIB]
  refresh: 'refresh',
  // gms-chat-v2.md §2.5 [CODE-GMSLIB]
  disconnect: 'disconnect',
  // gms-chat-v2.md §2.6 [CODE-GMSLIB]
  pushUrl: 'pushUrl',
  // gms-chat-v2.md §2.7 [CODE-GMSLIB]
  updateNickname: 'updateNickname',
  // gms-chat-v2.md §2.8 [CODE-GMSLIB]
  customNotice: 'customNotice',
  // gms-chat-v2.md §2.9 [CODE-GMSLIB]
  updateData: 'updateData',
  // gms-chat-v2.md §2.10 [CODE-JSW] (uncertain)
  readReceipt: 'readReceipt',
  // gms-chat-v2.md §2.11 [CODE-GMSLIB]
  fileLimits: 'file/limits',
  // gms-chat-v2.md §2.11 [CODE-GMSLIB], multipart
  fileUpload: 'file',
  // gms-chat-v2.md §2.11 [CODE-GMSLIB], replies with the raw bytes
  fileDownload: 'file/{fileId}/download',
  // gms-chat-v2.md §2.11 [CODE-GMSLIB]
  fileDelete: 'file/{fileId}/delete',
} as const satisfies Record<GmsSessionRequest['operation'], string>
