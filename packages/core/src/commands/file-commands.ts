import { isObject } from '../is-object.js'
import { type Outcome, rejected, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'
import { containedCall } from '../transport/contained-call.js'
import type { CommandOptions } from '../types/command-types.js'
import { guarded } from './command-guards.js'

/**
 * sendFile (guards: capability, a session): the first file of a File, FileList/array or `<input type="file">`.
 * A refused upload rejects with the row of its `fileRefusal` (`sendFile.rejected.invalid-type`,
 * `…upload-limit`, `…size-limit`), any other failure with `sendFile.rejected.unknown-error`.
 */
export async function sendFile(
  runtime: ServiceRuntime,
  options: CommandOptions['sendFile'],
): Promise<Outcome<'sendFile'>> {
  const file = firstFile(options?.files)
  if (!file) return rejected('unknown-error')
  const result = await runtime.exchange('uploadFile', file, ({ batch }, response) => {
    runtime.ingest(batch, response)
    runtime.poller.resetCadence()
  })
  return result.ok
    ? resolved(result.response)
    : rejected(result.fileRefusal ?? 'unknown-error', result.response)
}

/**
 * downloadFile (guards: capability, a session): fetches the file and hands it to `saveFile` (default: a
 * browser download when there is a document).
 */
export async function downloadFile(
  runtime: ServiceRuntime,
  options: CommandOptions['downloadFile'],
): Promise<Outcome<'downloadFile'>> {
  const fileId = options?.fileId ?? options?.field
  if (typeof fileId !== 'string' || fileId === '') return rejected('failed')
  const result = await runtime.exchange('downloadFile', fileId)
  if (!result.ok) return rejected('failed', result.response)
  runtime.saveFile(result.value, options?.fileName)
  return resolved()
}

/**
 * getFileLimits (beyond the seed, real-widget.md §3.2; guard: capability): resolves with the raw JSON text of
 * the server's limits reply, as the original does. Like the original it does not check for an open chat: with
 * none, the call goes out without a session (GMS: `<dataURL>//file/limits`) and the server's refusal rejects
 * with the AJAX Response Object (and publishes `error`).
 */
export async function getFileLimits(runtime: ServiceRuntime): Promise<Outcome<'getFileLimits'>> {
  const { generation, transport } = runtime
  const result = await containedCall(() =>
    guarded(transport.fileLimits).call(transport, runtime.session ?? {}, runtime.callOptions()),
  )
  if (!result.ok) {
    runtime.failed(result, generation)
    return rejected('ajax-exception', result.response)
  }
  return resolved(result.response.responseText)
}

function firstFile(files: unknown): (Blob & { readonly name?: string }) | undefined {
  if (files instanceof Blob) return files
  if (!isObject(files)) return undefined
  const list = 'files' in files ? files.files : files
  const first = isObject(list) ? list[0] : undefined
  if (first instanceof Blob) return first
  // a jQuery-style wrapper around an <input type="file">
  return files[0] !== files ? firstFile(files[0]) : undefined
}

/** The default saveFile: a download through an object URL when a document exists; otherwise nothing. */
export function browserSaveFile(file: Blob, name: string | undefined): void {
  const doc = (globalThis as { document?: Document }).document
  if (!doc || typeof URL.createObjectURL !== 'function') return
  const url = URL.createObjectURL(file)
  const anchor = doc.createElement('a')
  anchor.href = url
  anchor.download = name ?? 'download'
  anchor.click()
  URL.revokeObjectURL(url)
}
