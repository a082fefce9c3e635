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

/** What a resolution row yields, parsed from the seed's Returns cell (a closed set of kinds). */
export const ResolutionValueSchema = v.variant('kind', [
  /** The command yields this string; `placeholders` name the <NAME> markers in it. */
  v.strictObject({
    kind: v.literal('text'),
    text: v.pipe(v.string(), v.minLength(1)),
    placeholders: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Za-z]+$/)))),
  }),
  /** The AJAX Response Object (status, statusText, responseText, responseJSON). */
  v.strictObject({ kind: v.literal('ajax-response') }),
  /** No value (the seed says n/a or undefined). */
  v.strictObject({ kind: v.literal('none') }),
  /** An object of the documented shape (verbatim), with its fields parsed (field → type). */
  v.strictObject({
    kind: v.literal('shape'),
    shape: v.string(),
    fields: v.optional(v.record(v.string(), v.string())),
  }),
  /** A value the seed describes in prose. */
  v.strictObject({ kind: v.literal('description'), description: v.pipe(v.string(), v.minLength(1)) }),
])
export type ResolutionValue = v.InferOutput<typeof ResolutionValueSchema>

export const ResolutionStatusSchema = v.picklist(['resolved', 'rejected'])
export type ResolutionStatus = v.InferOutput<typeof ResolutionStatusSchema>

/** One row of a command's "Resolutions" table (or a row beyond the seed). */
export const ResolutionRowSchema = v.pipe(
  v.strictObject({
    id: v.pipe(
      v.string(),
      v.regex(/^[a-zA-Z]+\.(resolved|rejected)(\.[a-z0-9-]+)?$/, 'expected <command>.<status>[.<reason>]'),
    ),
    command: v.string(),
    status: ResolutionStatusSchema,
    /** The seed's When cell, verbatim. */
    when: v.pipe(v.string(), v.minLength(1)),
    /** The seed's Returns cell, verbatim (quotes included); absent on rows beyond the seed. */
    returns: v.optional(v.string()),
    value: ResolutionValueSchema,
    introduced: v.optional(ReleaseSchema),
    transports: v.optional(v.array(TransportNameSchema)),
    requiresCapability: v.optional(CapabilityNameSchema),
    notes: v.optional(v.array(NoteSchema)),
    beyondSeed: v.optional(v.literal(true)),
    source: v.optional(SourceSchema),
    seedLine: v.optional(SeedLineSchema),
  }),
  v.check((row) => isTraceable(row), traceabilityMessage),
  v.check(
    (row) => row.id.startsWith(`${row.command}.${row.status}`),
    'id must start with <command>.<status>',
  ),
)
export type ResolutionRow = v.InferOutput<typeof ResolutionRowSchema>
