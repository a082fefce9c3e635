import type { TranscriptEvent } from '@chatwire/core'
import { checkWireEvent } from './check-wire-event.js'
import type { GmsWireError, GmsWireReply } from './gms-wire-schema.js'
import {
  arrayOf,
  boolean,
  type Check,
  integer,
  is,
  isNumber,
  number,
  object,
  oneOf,
  string,
  stringMap,
} from './shape-check.js'

// The client's decoder of GMS replies: hand-written checks with the entries of the valibot schemas in
// gms-wire-schema.ts, which stay the single definition of the shapes (server half, tests). A property test
// (test/check-wire-reply.test.ts) proves each check accepts exactly what its schema accepts, gives the same
// output and names one of the paths valibot names. `messages` are checked and made neutral events in one pass
// (check-wire-event.ts); the test holds those events to an oracle written from the protocol's rules.

const statusCode = oneOf([0, 1, 2])

/** An `errors[]` element (GmsWireErrorSchema). */
const wireError = object(
  {
    code: is((value) => typeof value === 'string' || isNumber(value), 'a number or a string'),
    advice: string,
    message: string,
  },
  'code',
)

const wireErrors = arrayOf(wireError) as Check<readonly GmsWireError[]>

/** The reply with its `messages` checked and decoded to neutral events. */
export type CheckedWireReply = Omit<GmsWireReply, 'messages'> & {
  readonly messages?: readonly TranscriptEvent[]
}

/** The "Digital Channels Chat V2 Response Format" (GmsWireReplySchema, gms-chat-v2.md §3). */
export const checkWireReply = object(
  {
    statusCode,
    alias: string,
    chatEnded: boolean,
    chatId: string,
    messages: arrayOf(checkWireEvent),
    nextPosition: integer,
    secureKey: string,
    userId: string,
    userData: stringMap,
    errors: wireErrors,
    idleTimerExpire: number,
  },
  'statusCode',
) as Check<CheckedWireReply>

/** statusCode 1/2: only these fields are read (GmsWireStatusSchema, gms-chat-v2.md §3). */
export const checkWireStatus = object(
  { statusCode, chatEnded: boolean, errors: wireErrors },
  'statusCode',
) as Check<Pick<GmsWireReply, 'statusCode' | 'chatEnded' | 'errors'>>

/** The body of a non-2xx reply, when it has the error shape (GmsWireErrorBodySchema, real-widget.md §2.3). */
export const checkErrorBody = object({
  statusCode: number,
  chatEnded: boolean,
  errors: wireErrors,
}) as Check<{ statusCode?: number; chatEnded?: boolean; errors?: readonly GmsWireError[] }>
