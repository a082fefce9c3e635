import * as v from 'valibot'

/** The built-in transports a row can be limited to (ChatTransport.name of the two codecs). */
export const TransportNameSchema = v.picklist(['gms-v2', 'nexus-v3'])
export type TransportName = v.InferOutput<typeof TransportNameSchema>

/** The fields of TransportCapabilities (@chatwire/core) whose absence produces a "doesn't support" row. */
export const CapabilityNameSchema = v.picklist([
  'customNotice',
  'updateUserDataInSession',
  'polling',
  'pollExceptionReset',
  'fileUpload',
  'fileDownload',
  'fileLimits',
  'history',
  'async',
  'offlineEvents',
  'botEvents',
])
export type CapabilityName = v.InferOutput<typeof CapabilityNameSchema>

/** A Genesys Widgets release, as the seed's "Introduced / Updated" column writes it (e.g. 9.0.008.04). */
export const ReleaseSchema = v.pipe(
  v.string(),
  v.regex(/^\d+\.\d+\.\d{3}\.\d{2}$/, 'expected a release like 9.0.008.04'),
)

/** Where a row beyond the seed, or a note, comes from (e.g. "real-widget.md §5.3"). */
export const SourceSchema = v.pipe(v.string(), v.minLength(1))

/** A known difference of the real widget from the seed, or another remark about a row. */
export const NoteSchema = v.strictObject({
  text: v.pipe(v.string(), v.minLength(1)),
  source: SourceSchema,
  transports: v.optional(v.array(TransportNameSchema)),
})
export type Note = v.InferOutput<typeof NoteSchema>

/** A line number in seed/WebChatService-reference.txt. */
export const SeedLineSchema = v.pipe(v.number(), v.integer(), v.minValue(1))

/**
 * Rows from the seed carry `seedLine`; rows beyond the seed carry `beyondSeed: true` and `source`.
 * Used as a check on every row schema.
 */
export function isTraceable(row: {
  beyondSeed?: boolean | undefined
  source?: string | undefined
  seedLine?: number | undefined
}) {
  return row.beyondSeed === true
    ? row.source !== undefined && row.seedLine === undefined
    : row.seedLine !== undefined
}
export const traceabilityMessage =
  'a seed row needs seedLine; a row beyond the seed needs beyondSeed: true and source'
