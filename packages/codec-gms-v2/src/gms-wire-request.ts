import { appendMap } from './form-codec.js'
import { GMS_FORM_CONTENT_TYPE } from './gms-protocol.js'
import type { UserDataMap } from './gms-request.js'

/** Where and how requests go: the service URL (`…/genesys/2/chat/{serviceName}`) and extra headers. */
export interface GmsTarget {
  readonly dataURL: string
  /** Headers added to every request (`apikey`, the custom header object). */
  readonly headers?: Readonly<Record<string, string>>
  /**
   * Request chat goes to `<dataURL>/` (true, the widget's default; also when undefined) or `<dataURL>`
   * (real-widget.md §2.1).
   */
  readonly trailingSlash?: boolean | undefined
}

/** A wire request, ready for fetch: always POST (gms-chat-v2.md §1). */
export interface GmsWireRequest {
  readonly method: 'POST'
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  /** Form-urlencoded text, or FormData for the multipart upload. */
  readonly body: string | FormData
}

/** A body field: text, a number, or a (nested) map sent as bracket keys; undefined = left out. */
export type GmsFieldValue = string | number | UserDataMap | undefined

/**
 * The wire request of one call, fields in the order given. `path` (after `<dataURL>/`, e.g.
 * `<chatId>/send`) undefined = request chat, which goes to `<dataURL>/` (or `<dataURL>` with
 * `trailingSlash: false`). With a `file` the body is multipart with the file part first (gms-chat-v2.md
 * §2.11), else form-urlencoded.
 */
export function gmsWireRequest(
  target: GmsTarget,
  path: string | undefined,
  fields: Readonly<Record<string, GmsFieldValue>>,
  file?: Blob,
  fileName?: string,
): GmsWireRequest {
  const form = file ? new FormData() : new URLSearchParams()
  if (file) (form as FormData).append('file', file, fileName)
  const add = (name: string, value: string) => form.append(name, value)
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'object') appendMap(add, name, value)
    else if (value !== undefined) add(name, String(value))
  }
  const slash = path === undefined ? (target.trailingSlash === false ? '' : '/') : `/${path}`
  return {
    method: 'POST',
    url: target.dataURL.replace(/\/+$/, '') + slash,
    // a multipart body sets its own content type, with the boundary
    headers: { ...target.headers, ...(!file && { 'content-type': GMS_FORM_CONTENT_TYPE }) },
    body: file ? (form as FormData) : form.toString(),
  }
}
