/**
 * Compile-time check (run by `typecheck`) that the valibot output types agree with the types that
 * openapi-typescript generates from specs/gms-chat-v2.openapi.yaml. Where they differ on purpose, the
 * difference is asserted too, so a change on either side shows up here. Differences (reported):
 * - TranscriptEvent.type: the spec is a closed enum; the codec accepts any string (unknown types → `Unknown`).
 * - TranscriptEvent.eventAttributes: the spec renders as `Record<string, never>`; the codec keeps any object.
 * - ChatV2Error.code: the spec says number; the codec also accepts a string code.
 */
import type { components } from '../../../specs/src/generated/gms-chat-v2.js'
import type { GmsWireError, GmsWireEvent, GmsWireParty, GmsWireReply, UserDataMap } from '../src/index.js'

type S = components['schemas']
type Extends<A, B> = [A] extends [B] ? true : false
type Same<A, B> = Extends<A, B> extends true ? Extends<B, A> : false
type Assert<T extends true> = T
type Refute<T extends false> = T

export type Checks = [
  Assert<Same<GmsWireParty, S['Party']>>,
  Assert<Same<GmsWireReply['statusCode'], S['StatusCode']>>,
  Assert<Same<NonNullable<GmsWireReply['userData']>, Readonly<S['StringMap']>>>,
  Assert<
    Same<
      Omit<GmsWireEvent, 'type' | 'eventAttributes'>,
      Omit<S['TranscriptEvent'], 'type' | 'eventAttributes'>
    >
  >,
  Assert<Same<Omit<GmsWireReply, 'messages' | 'errors'>, Omit<S['ChatV2Response'], 'messages' | 'errors'>>>,
  Assert<Same<Omit<GmsWireError, 'code'>, Omit<S['ChatV2Error'], 'code'>>>,
  Assert<Extends<S['TranscriptEvent'], GmsWireEvent>>,
  Assert<Extends<S['ChatV2Response'], GmsWireReply>>,
  Assert<Extends<S['ChatV2Error'], GmsWireError>>,
  Assert<Same<UserDataMap, Readonly<S['FormUserData']>>>,
  // the deliberate differences
  Refute<Extends<GmsWireEvent['type'], S['TranscriptEvent']['type']>>,
  Refute<
    Extends<
      NonNullable<GmsWireEvent['eventAttributes']>,
      NonNullable<S['TranscriptEvent']['eventAttributes']>
    >
  >,
  Refute<Extends<GmsWireError['code'], S['ChatV2Error']['code']>>,
]
