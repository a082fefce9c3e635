/**
 * What a transport can do. The core answers the seed's "This transport doesn't support …" rows from
 * these flags, so a transport must declare them honestly.
 */
export interface TransportCapabilities {
  /** sendCustomNotice (GMS v2: yes; v3: no). */
  readonly customNotice: boolean
  /** updateUserData while a session is active (GMS v2 updateData; v3 PUT userdata). */
  readonly updateUserDataInSession: boolean
  /** poll / startPoll / stopPoll. */
  readonly polling: boolean
  /** resetPollExceptions (GMS v2: yes; v3: no). */
  readonly pollExceptionReset: boolean
  /** sendFile. */
  readonly fileUpload: boolean
  /** downloadFile (GMS v2: yes; v3: no). */
  readonly fileDownload: boolean
  /** getFileLimits (GMS v2: yes; v3: no). */
  readonly fileLimits: boolean
  /** fetchHistory (v3 in async mode). */
  readonly history: boolean
  /** Async (long-lived) sessions restored from session data handed to the integrator. */
  readonly async: boolean
  /** Publishes chatServerWentOffline / chatServerBackOnline / connectionPending (v2 only in the seed). */
  readonly offlineEvents: boolean
  /** Publishes botConnected / botDisconnected (v2 only in the seed). */
  readonly botEvents: boolean
}
