import * as v from 'valibot'
import {
  CapabilityNameSchema,
  isTraceable,
  NoteSchema,
  ReleaseSchema,
  SeedLineSchema,
  SourceSchema,
  TransportNameSchema,
  traceabilityMessage,
} from './note-schema.js'

/** What an event publishes, parsed from the seed's Data cell. */
export const EventPayloadSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('none') }),
  v.strictObject({ kind: v.literal('ajax-response'), description: v.optional(v.string()) }),
  /** An object with these fields (field → type, as the seed writes the type). */
  v.strictObject({ kind: v.literal('fields'), fields: v.record(v.string(), v.string()) }),
  v.strictObject({ kind: v.literal('description'), description: v.string() }),
])
export type EventPayload = v.InferOutput<typeof EventPayloadSchema>

/** When the real widget publishes an event (beyond the seed, which mostly does not say). */
export const EventTriggerSchema = v.strictObject({
  when: v.pipe(v.string(), v.minLength(1)),
  transports: v.optional(v.array(TransportNameSchema)),
  source: SourceSchema,
})
export type EventTrigger = v.InferOutput<typeof EventTriggerSchema>

/** One row of the seed's "API Events" table (or an event beyond the seed); published as WebChatService.<name>. */
export const EventRowSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^event\.[a-zA-Z]+$/)),
    name: v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z]+$/)),
    /** Verbatim. */
    description: v.pipe(v.string(), v.minLength(1)),
    /** The seed's "Important" note inside the row, verbatim. */
    important: v.optional(v.string()),
    /** The seed's Data cell, verbatim. */
    data: v.string(),
    payload: EventPayloadSchema,
    introduced: v.optional(ReleaseSchema),
    transports: v.optional(v.array(TransportNameSchema)),
    requiresCapability: v.optional(CapabilityNameSchema),
    triggers: v.optional(v.array(EventTriggerSchema)),
    notes: v.optional(v.array(NoteSchema)),
    beyondSeed: v.optional(v.literal(true)),
    source: v.optional(SourceSchema),
    seedLine: v.optional(SeedLineSchema),
  }),
  v.check((row) => isTraceable(row), traceabilityMessage),
  v.check((row) => row.id === `event.${row.name}`, 'id must be event.<name>'),
)
export type EventRow = v.InferOutput<typeof EventRowSchema>
