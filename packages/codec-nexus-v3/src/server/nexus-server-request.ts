import type { NexusErrorCode } from '../protocol/nexus-error-codes.js'
import type { NexusOperation } from '../protocol/nexus-operations.js'
import type { FormObject } from '../wire/form-encoding.js'

/** Fields every decoded request carries; the server decides what to do with them (auth is its job). */
export interface NexusRequestCommon {
  readonly ok: true
  /** `x-api-key` (§2 "Auth, tenant"). */
  readonly apiKey: string | undefined
  /** `x-nexus-client-key` or a Bearer token (§2 "Auth, session"); required on `resume`. */
  readonly clientKey: string | undefined
  /** `operationId` (body field or query parameter, any string: real-widget.md §2.6). */
  readonly operationId: string | undefined
}

/** The start/resume body (`data[…]`, §3 E1): known fields typed, everything under `data` kept in `data`. */
export interface NexusStartParams {
  readonly firstName?: string
  readonly lastName?: string
  readonly nickname?: string
  readonly endpoint?: string
  readonly stream?: string
  readonly clientType?: string
  readonly email?: string
  readonly subject?: string
  /** `data[userData][…]`, prototype-free. */
  readonly userData: FormObject
  /** Every `data[…]` field as sent (e.g. other registration-form fields), prototype-free. */
  readonly data: FormObject
}

/** A decoded v3 request, discriminated by `operation` (names from NEXUS_OPERATIONS). */
export type NexusServerRequest =
  | (NexusRequestCommon & { readonly operation: 'start'; readonly start: NexusStartParams })
  | (NexusRequestCommon & {
      readonly operation: 'resume'
      readonly clientKey: string
      readonly start: NexusStartParams
    })
  | (NexusRequestCommon & {
      readonly operation: 'messages'
      readonly sessionId: string
      /** Raw `index` (the widget sends wire indexes back unchanged), §3 E3 / §9. */
      readonly index?: string
      /** `count`, a non-negative integer, §3 E3 / §9. */
      readonly count?: number
    })
  | (NexusRequestCommon & {
      readonly operation: 'send'
      readonly sessionId: string
      /** `data[type]`: Text, TypingStarted, TypingStopped or an integrator's type; missing = Text (§3 E4). */
      readonly type: string
      /** `data[text]`; missing = ''. */
      readonly text: string
    })
  | (NexusRequestCommon & {
      readonly operation: 'uploadImage'
      readonly sessionId: string
      readonly file: Blob
      readonly fileName: string
    })
  | (NexusRequestCommon & {
      readonly operation: 'attachment'
      readonly sessionId: string
      readonly mediaId: string
    })
  | (NexusRequestCommon & {
      readonly operation: 'updateUserData'
      readonly sessionId: string
      /** `data[k]=v…` (the delta only, real-widget.md §2.6), prototype-free. */
      readonly userData: FormObject
    })
  | (NexusRequestCommon & {
      readonly operation: 'leave'
      readonly sessionId: string
      readonly participantId: string
    })

/** The v3 error body (§2 "Error envelope"). */
export interface NexusErrorBody {
  readonly status: { readonly code: string; readonly message: string }
}

/** A request that cannot be read: the protocol's own error reply, and what was wrong. */
export interface NexusRequestError {
  readonly ok: false
  /** The operation the method and path named, when they named one. */
  readonly operation: NexusOperation | undefined
  readonly code: NexusErrorCode
  readonly httpStatus: number
  /** The field, header or path segment that was wrong (e.g. `count`, `data[type]`, `file`, `path`). */
  readonly path: string
  /** What was wrong, for logs and the error message. */
  readonly problem: string
  /** The body to send (`writeNexusRequestError` builds the Response). */
  readonly body: NexusErrorBody
}
