/**
 * Compile-time check (run by `typecheck`) that the valibot output types agree with the types that
 * openapi-typescript generates from specs/gms-chat-v2.openapi.yaml: every wire shape the codec reads or
 * writes is exactly the spec's, both ways. The spec keeps `TranscriptEvent.type` open (GMS-P18),
 * `eventAttributes` free-form (GMS-P11) and `ChatV2Error.code` a number or a string (GMS-P19), as the codec does.
 */
import type { components } from '@chatwire/specs/gms-chat-v2'
import type { GmsWireError, GmsWireEvent, GmsWireParty, GmsWireReply, UserDataMap } from '../src/index.js'

type S = components['schemas']
type Extends<A, B> = [A] extends [B] ? true : false
type Same<A, B> = Extends<A, B> extends true ? Extends<B, A> : false
type Assert<T extends true> = T

export type Checks = [
  Assert<Same<GmsWireParty, S['Party']>>,
  Assert<Same<GmsWireReply['statusCode'], S['StatusCode']>>,
  Assert<Same<NonNullable<GmsWireReply['userData']>, Readonly<S['StringMap']>>>,
  Assert<Same<GmsWireEvent, S['TranscriptEvent']>>,
  Assert<Same<GmsWireEvent['type'], S['TranscriptEvent']['type']>>,
  Assert<
    Same<NonNullable<GmsWireEvent['eventAttributes']>, NonNullable<S['TranscriptEvent']['eventAttributes']>>
  >,
  Assert<Same<GmsWireError, S['ChatV2Error']>>,
  Assert<Same<GmsWireError['code'], S['ChatV2Error']['code']>>,
  Assert<Same<GmsWireReply, S['ChatV2Response']>>,
  Assert<Same<UserDataMap, Readonly<S['FormUserData']>>>,
]
