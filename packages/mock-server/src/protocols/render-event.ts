import { makeNexusIndex, NEXUS_WIRE_EVENT_TYPES } from '@chatwire/codec-nexus-v3'
import type { TranscriptEvent } from '@chatwire/core'
import type { ModelEvent } from '../model/model-event.js'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

function withFields(e: ModelEvent, out: Mutable<TranscriptEvent>): TranscriptEvent {
  if (e.text !== undefined) out.text = e.text
  if (e.url !== undefined) out.url = e.url
  if (e.messageType !== undefined) out.messageType = e.messageType
  if (e.userData !== undefined) out.userData = e.userData
  if (e.content !== undefined) out.content = e.content
  return out
}

/** GMS v2 view: small integer indexes, numeric participant ids (gms-chat-v2.md §4). */
export function gmsEvent(e: ModelEvent): TranscriptEvent {
  return withFields(e, {
    index: e.seq,
    wireIndex: e.seq,
    type: e.type,
    wireType: e.type,
    from: { name: e.from.name, type: e.from.type, participantId: e.from.number },
    timestamp: e.time,
  })
}

/** The GMS file-limits Notice: no index, from the client (gms-chat-v2.md §2.11 [CODE-BALK]). */
export function gmsUnindexedEvent(e: Omit<ModelEvent, 'seq' | 'nexusIndex'>): TranscriptEvent {
  return withFields(e as ModelEvent, {
    index: undefined,
    wireIndex: undefined,
    type: e.type,
    wireType: e.type,
    from: { name: e.from.name, type: e.from.type, participantId: e.from.number },
    timestamp: e.time,
  })
}

/**
 * v3 view: the `<ms>-<n>` index stored on the event (nexus-index.ts; real-widget.md §2.7), UUID
 * participant ids, `Text` for messages; integrator types travel as `Unknown` with their wire type.
 */
export function nexusEvent(e: ModelEvent): TranscriptEvent {
  const { wireIndex, index } = makeNexusIndex(e.nexusIndex.ms, e.nexusIndex.n)
  const wireType = e.type === 'Unknown' ? (e.messageType ?? 'Unknown') : NEXUS_WIRE_EVENT_TYPES[e.type]
  const out = withFields(e, {
    index,
    wireIndex,
    type: e.type,
    wireType,
    from: { name: e.from.name, type: e.from.type, participantId: e.from.uuid },
    timestamp: e.time,
  }) as Mutable<TranscriptEvent>
  if (e.type === 'Unknown') delete out.messageType
  return out
}
