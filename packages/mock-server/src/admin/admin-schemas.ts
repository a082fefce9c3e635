import * as v from 'valibot'
import { FAULT_KINDS } from '../faults/fault-config.js'

/** Request bodies of the admin HTTP API. */
const participantId = v.optional(v.union([v.number(), v.pipe(v.string(), v.maxLength(100))]))
const text = v.pipe(v.string(), v.maxLength(100_000))

export const JoinBody = v.optional(
  v.strictObject({
    name: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
    type: v.optional(v.picklist(['Agent', 'Supervisor', 'Bot'])),
  }),
)
export const ActBody = v.optional(v.strictObject({ participantId }))
export const SayBody = v.strictObject({
  text,
  participantId,
  messageType: v.optional(v.pipe(v.string(), v.maxLength(100))),
})
export const TypeBody = v.optional(
  v.strictObject({ typing: v.optional(v.boolean()), text: v.optional(text), participantId }),
)
export const PushUrlBody = v.strictObject({
  url: v.pipe(v.string(), v.url(), v.maxLength(4000)),
  participantId,
})
export const NoticeBody = v.strictObject({ text, system: v.optional(v.boolean()), participantId })
export const FileBody = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  mime: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** The content, base64-encoded; or `text` for a text file. */
  base64: v.optional(v.pipe(v.string(), v.maxLength(40_000_000))),
  text: v.optional(v.pipe(v.string(), v.maxLength(30_000_000))),
  participantId,
})
export const FailNextBody = v.strictObject({
  sessionId: v.optional(v.pipe(v.string(), v.maxLength(100))),
  n: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))),
  kind: v.picklist(FAULT_KINDS),
})

export function decodeBase64(b64: string): Uint8Array | undefined {
  try {
    const bin = atob(b64)
    const out = new Uint8Array(bin.length)
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
    return out
  } catch {
    return undefined
  }
}
