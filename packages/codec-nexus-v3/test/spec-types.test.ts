import type { components } from '@chatwire/specs/nexus-v3'
import { describe, expect, it } from 'vitest'
import type {
  ClientTokenPayload,
  ErrorReply,
  MessagesReply,
  NexusErrorCode,
  NexusWireEvent,
  SendReply,
  StartReply,
  UploadReply,
  UserDataReply,
  WireEvent,
} from '../src/index.js'

/**
 * Compile-time agreement between the valibot output types and the OpenAPI types generated from
 * specs/nexus-v3.openapi.yaml. Every `true` below is checked by `tsc` (typecheck); the runtime test only
 * makes the table visible in the test report.
 */
type S = components['schemas']
type Assignable<A, B> = [A] extends [B] ? true : false

const agreements = {
  // the client reads everything the spec lets a server send
  'V3Event → WireEvent': true,
  'GetMessagesResponse → MessagesReply': true,
  'StartSessionResponse → StartReply': true,
  'SendMessageResponse → SendReply': true,
  'UploadImageResponse → UploadReply': true,
  'UpdateUserDataResponse → UserDataReply': true,
  'V3ErrorResponse → ErrorReply': true,
  // the token payload is the same shape both ways
  'ClientTokenPayload → spec': true,
  'spec → ClientTokenPayload': true,
  // the spec's V3Event.type is open (NX-P14): any wire type the server half writes fits, Unknown included
  'NexusWireEvent type → V3Event type': true,
  'V3Event type → NexusWireEvent type': true,
  // the error codes the server half writes are exactly the spec's (INVALID_REQUEST is NX-P19)
  'NexusErrorCode → V3ErrorCode': true,
  'V3ErrorCode → NexusErrorCode': true,
  // the neutral event keeps `content` as sent (unknown); the spec's is an item array or an object (v3 §6),
  // so only events whose content is one of those fit V3Event
  'NexusWireEvent (spec content) → V3Event': true,
  'NexusWireEvent (any content) → V3Event': false,
} as const satisfies Record<string, boolean>

const computed: { [K in keyof typeof agreements]: (typeof agreements)[K] } = {
  'V3Event → WireEvent': true satisfies Assignable<S['V3Event'], WireEvent>,
  'GetMessagesResponse → MessagesReply': true satisfies Assignable<S['GetMessagesResponse'], MessagesReply>,
  'StartSessionResponse → StartReply': true satisfies Assignable<S['StartSessionResponse'], StartReply>,
  'SendMessageResponse → SendReply': true satisfies Assignable<S['SendMessageResponse'], SendReply>,
  'UploadImageResponse → UploadReply': true satisfies Assignable<S['UploadImageResponse'], UploadReply>,
  'UpdateUserDataResponse → UserDataReply': true satisfies Assignable<
    S['UpdateUserDataResponse'],
    UserDataReply
  >,
  'V3ErrorResponse → ErrorReply': true satisfies Assignable<S['V3ErrorResponse'], ErrorReply>,
  'ClientTokenPayload → spec': true satisfies Assignable<ClientTokenPayload, S['ClientTokenPayload']>,
  'spec → ClientTokenPayload': true satisfies Assignable<S['ClientTokenPayload'], ClientTokenPayload>,
  'NexusWireEvent type → V3Event type': true satisfies Assignable<
    NexusWireEvent['type'],
    S['V3Event']['type']
  >,
  'V3Event type → NexusWireEvent type': true satisfies Assignable<
    S['V3Event']['type'],
    NexusWireEvent['type']
  >,
  'NexusErrorCode → V3ErrorCode': true satisfies Assignable<NexusErrorCode, S['V3ErrorCode']>,
  'V3ErrorCode → NexusErrorCode': true satisfies Assignable<S['V3ErrorCode'], NexusErrorCode>,
  'NexusWireEvent (spec content) → V3Event': true satisfies Assignable<
    Omit<NexusWireEvent, 'content'> & { content?: NonNullable<S['V3Event']['content']> },
    S['V3Event']
  >,
  'NexusWireEvent (any content) → V3Event': false satisfies Assignable<NexusWireEvent, S['V3Event']>,
}

describe('valibot output types vs the generated OpenAPI types (specs/nexus-v3.openapi.yaml)', () => {
  it('agree where the table says so (checked by tsc)', () => {
    expect(computed).toEqual(agreements)
  })
})
