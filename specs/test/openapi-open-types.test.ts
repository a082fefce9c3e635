// Readers of the wire specs accept what real servers send: open event types, free-form eventAttributes,
// string or number GMS error codes, rich-media v3 content objects; chatwire's INVALID_REQUEST is recorded
// as a proposal. The typed constants are checked by `tsc`; the tests check the spec documents.
import { describe, expect, it } from 'vitest'
import type { GmsChatV2Schemas, NexusV3Schemas } from '../src/openapi-types.js'
import { loadSpec } from './openapi-spec-files.js'

type Schema = Record<string, unknown> & {
  anyOf?: Schema[]
  enum?: string[]
  properties?: Record<string, Schema>
}

/** A GMS event of a type no list names, with nested eventAttributes (gms §8.1; widget §2.3). */
const unknownGmsEvent: GmsChatV2Schemas['TranscriptEvent'] = {
  from: { nickname: 'system', participantId: 2, type: 'External' },
  index: 4,
  type: 'TranscriptSaved',
  utcTime: 1432845090000,
  eventAttributes: { GCTI_SYSTEM: { 'party-info': { style: 'BOT' } } },
}

const stringCodedError: GmsChatV2Schemas['ChatV2Error'] = { code: '161', advice: 'No chat session' }

/** A v3 event of an unlisted type with rich-media object content (v3 §6, §13). */
const richV3Event: NexusV3Schemas['V3Event'] = {
  index: '1700000000124-0',
  type: 'ConversationSummary',
  utcTime: 1700000000124,
  from: { nickname: 'Bot', type: 'Bot', participantId: '7c1e2a40-5d3b-4e51-9f6a-0b1c2d3e4f51' },
  contentType: 'generic',
  content: { title: 'Choose', elements: [] },
}

const unreadableRequest: NexusV3Schemas['V3ErrorResponse'] = {
  status: { code: 'INVALID_REQUEST', message: 'no v3 endpoint at /nexus/v3/chat/nope' },
}

describe('open reader types in the specs', () => {
  const gms = loadSpec('gms-chat-v2').components.schemas as Record<string, Schema>
  const nexus = loadSpec('nexus-v3').components.schemas as Record<string, Schema>
  const openString = { type: 'string' }

  it('GMS TranscriptEvent.type is a known type or any string; the known list stays documented', () => {
    const type = gms.TranscriptEvent?.properties?.type
    expect(type?.anyOf).toEqual([{ $ref: '#/components/schemas/TranscriptEventType' }, openString])
    expect(gms.TranscriptEventType?.enum).toContain('ParticipantJoined')
    expect(gms.TranscriptEventType?.enum).toHaveLength(13)
    expect(unknownGmsEvent.type).toBe('TranscriptSaved')
  })

  it('GMS eventAttributes is a free-form object', () => {
    expect(gms.TranscriptEvent?.properties?.eventAttributes).toMatchObject({
      type: 'object',
      additionalProperties: true,
    })
  })

  it('GMS ChatV2Error.code is a number or a string, recorded as GMS-P19', () => {
    const code = gms.ChatV2Error?.properties?.code
    expect(code?.anyOf).toEqual([{ $ref: '#/components/schemas/ChatV2ErrorCode' }, openString])
    expect(String(code?.['x-chatwire-proposal'])).toMatch(/^GMS-P19: /)
    expect(gms.ChatV2ErrorCode?.type).toBe('integer')
    expect(stringCodedError.code).toBe('161')
  })

  it('v3 V3Event.type is a known type or any string; content is an item array or an object', () => {
    const props = nexus.V3Event?.properties
    expect(props?.type?.anyOf).toEqual([{ $ref: '#/components/schemas/V3EventType' }, openString])
    expect(nexus.V3EventType?.enum).toHaveLength(16)
    expect(props?.content?.anyOf).toEqual([
      { type: 'array', items: { $ref: '#/components/schemas/V3ContentItem' } },
      { type: 'object', additionalProperties: true },
    ])
    expect(richV3Event.content).not.toBeInstanceOf(Array)
  })

  it('v3 V3ErrorCode holds INVALID_REQUEST, recorded as NX-P19', () => {
    expect(nexus.V3ErrorCode?.enum?.at(-1)).toBe('INVALID_REQUEST')
    expect(String(nexus.V3ErrorCode?.['x-chatwire-proposal'])).toMatch(/^NX-P19: .*INVALID_REQUEST/)
    expect(unreadableRequest.status.code).toBe('INVALID_REQUEST')
  })
})
