/**
 * The v3 error codes (body `{status:{code,message}}`), their HTTP status and default message.
 * Codes and texts: pureengage-v3.md §10 (widget UI strings [CODE-UI]); HTTP statuses are the §10 [PROP].
 */
export const NEXUS_ERROR_CODES = {
  // §3 E5, §10 [CODE-UI] "Only Images are allowed"; 400 per §10 [PROP]
  INVALID_FILE_TYPE: { httpStatus: 400, message: 'Only Images are allowed' },
  // §3 E5, §10 [CODE-UI]; 413 would also fit but §10 [PROP] keeps 400 and the body code
  LIMIT_FILE_SIZE: { httpStatus: 400, message: 'File size limit exceeded' },
  // §3 E5, §10 [CODE-UI]
  LIMIT_FILE_COUNT: { httpStatus: 400, message: 'File count limit exceeded' },
  // §2 "wrong key ⇒ INVALID_CONTACT_CENTER", §10 [PROP] 403
  INVALID_CONTACT_CENTER: { httpStatus: 403, message: 'Invalid contact center' },
  // §3 E1 bad `data[endpoint]`, §10 [PROP] 400
  INVALID_ENDPOINT: { httpStatus: 400, message: 'Invalid endpoint' },
  // §3 E1 missing name [CODE-UI] "First Name is required"
  INVALID_NICKNAME: { httpStatus: 400, message: 'First Name is required' },
  // §4 lifetime [PROP], §10 [PROP] 401 for AUTHENTICATION_REQUIRED and a bad client key
  AUTHENTICATION_REQUIRED: { httpStatus: 401, message: 'Cannot authorize the session' },
  // §7.5 / §10: 404 or INVALID_SESSION = session lost; §10 [PROP] 404
  INVALID_SESSION: { httpStatus: 404, message: 'Invalid session' },
  // chatwire [PROP], not a Genesys code: a request chatwire cannot read (bad form body, bad `count`, unknown path)
  INVALID_REQUEST: { httpStatus: 400, message: 'Invalid request' },
} as const satisfies Record<string, { readonly httpStatus: number; readonly message: string }>

export type NexusErrorCode = keyof typeof NEXUS_ERROR_CODES

/**
 * `status.code` values of a successful reply. §2 "Success envelope": the sibling Nexus v3 API documents
 * an integer code ([DOC-3PM], 0), a direct client tests 'SUCCESS' ([CODE-DEMO]); readers accept both.
 */
export const NEXUS_SUCCESS_CODES: ReadonlySet<unknown> = new Set<unknown>([0, 'SUCCESS'])

/** What chatwire's server half writes as the success status ([PROP], §13 open question; matches [CODE-DEMO]). */
export const NEXUS_SUCCESS_STATUS = { code: 'SUCCESS', message: 'Success' } as const

/** Codes that mean the server no longer knows the session (§7.5, §10). */
export const NEXUS_SESSION_LOST_CODE = 'INVALID_SESSION'

/**
 * Codes that are documented refusals of an upload (§3 E5, §10): failure kind 'rejected', and which sendFile
 * rejection row of the catalog each one is (TransportFailure.fileRefusal).
 */
export const NEXUS_FILE_REFUSALS: Readonly<Record<string, 'invalid-type' | 'upload-limit' | 'size-limit'>> = {
  // "only images allowed": the file sent is an invalid type
  INVALID_FILE_TYPE: 'invalid-type',
  // the file size exceeds the limit
  LIMIT_FILE_SIZE: 'size-limit',
  // the number of uploads is exceeded
  LIMIT_FILE_COUNT: 'upload-limit',
}
