import * as v from 'valibot'
import {
  isTraceable,
  NoteSchema,
  ReleaseSchema,
  SeedLineSchema,
  SourceSchema,
  traceabilityMessage,
} from './note-schema.js'

/** A JSON value (the parsed default of a configuration option). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export const JsonValueSchema: v.GenericSchema<JsonValue> = v.union([
  v.string(),
  v.number(),
  v.boolean(),
  v.null(),
  v.array(v.lazy(() => JsonValueSchema)),
  v.record(
    v.string(),
    v.lazy(() => JsonValueSchema),
  ),
])

/** One row of the seed's "Version 2 API" / "Version 3 API" option tables (_genesys.widgets.webchat). */
export const OptionRowSchema = v.pipe(
  v.strictObject({
    /** option.<api>.<name>, with transport.headers[x-api-key] written transport.headers.x-api-key. */
    id: v.pipe(v.string(), v.regex(/^option\.v[23]\.[\w.-]+$/)),
    api: v.picklist(['v2', 'v3']),
    /** The option's path in the webchat configuration, verbatim. */
    name: v.string(),
    type: v.string(),
    description: v.pipe(v.string(), v.minLength(1)),
    important: v.optional(v.string()),
    /** The seed's Default cell, verbatim. */
    defaultText: v.optional(v.string()),
    /** The parsed default (absent when the seed says n/a or none). */
    default: v.optional(JsonValueSchema),
    /** The seed's Required cell, verbatim. */
    required: v.optional(v.string()),
    introduced: v.optional(ReleaseSchema),
    notes: v.optional(v.array(NoteSchema)),
    beyondSeed: v.optional(v.literal(true)),
    source: v.optional(SourceSchema),
    seedLine: v.optional(SeedLineSchema),
  }),
  v.check((row) => isTraceable(row), traceabilityMessage),
)
export type OptionRow = v.InferOutput<typeof OptionRowSchema>
