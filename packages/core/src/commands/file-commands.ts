import { type Outcome, rejected, resolved } from '../rows/outcome.js'
import type { ResolutionId } from '../rows/resolution-id.js'
import { noActiveSessionText } from '../rows/row-text.js'
import type { ServiceRuntime } from '../service-runtime.js'
import type { TransportFailure } from '../transport/transport-result.js'
import type { CommandOptions } from '../types/command-types.js'

/** Which sendFile row a refused upload maps to (TransportFailure.fileRefusal). */
const refusalRows: Record<NonNullable<TransportFailure['fileRefusal']>, ResolutionId> = {
  'invalid-type': 'sendFile.rejected.invalid-type',
  'upload-limit': 'sendFile.rejected.upload-limit',
  'size-limit': 'sendFile.rejected.size-limit',
}

/** sendFile (guards: capability, a session): the first file of a File, FileList/array or `<input type="file">`. */
export async function sendFile(
  runtime: ServiceRuntime,
  options: CommandOptions['sendFile'],
): Promise<Outcome<'sendFile'>> {
  const upload = runtime.transport.uploadFile?.bind(runtime.transport)
  if (!upload) throw new Error('chatwire: sendFile ran without uploadFile')
  const session = runtime.requireSession()
  const file = firstFile(options?.files)
  if (!file) return rejected('sendFile.rejected.unknown-error', undefined)
  const generation = runtime.generation
  const result = await upload(session, file, runtime.callOptions())
  if (!result.ok) {
    runtime.failed(result, generation)
    const row = result.fileRefusal ? refusalRows[result.fileRefusal] : 'sendFile.rejected.unknown-error'
    return rejected(row, result.response)
  }
  if (generation === runtime.generation) {
    runtime.ingest(result.value.batch, result.response, { restoring: false })
    runtime.poller.resetCadence()
  }
  return resolved('sendFile.resolved', result.response)
}

/** downloadFile: fetches the file and hands it to `saveFile` (default: a browser download when there is a document). */
export async function downloadFile(
  runtime: ServiceRuntime,
  options: CommandOptions['downloadFile'],
  saveFile: (file: Blob, name: string | undefined) => void,
): Promise<Outcome<'downloadFile'>> {
  const download = runtime.transport.downloadFile?.bind(runtime.transport)
  if (!download) throw new Error('chatwire: downloadFile ran without downloadFile')
  const session = runtime.session
  if (!runtime.active || !session)
    return rejected('downloadFile.rejected.no-active-session', noActiveSessionText())
  const fileId = options?.fileId ?? options?.field
  if (typeof fileId !== 'string' || fileId === '') return rejected('downloadFile.rejected.failed', undefined)
  const generation = runtime.generation
  const result = await download(session, fileId, runtime.callOptions())
  if (!result.ok) {
    runtime.failed(result, generation)
    return rejected('downloadFile.rejected.failed', result.response)
  }
  saveFile(result.value, options?.fileName)
  return resolved('downloadFile.resolved', undefined)
}

function firstFile(files: unknown): (Blob & { readonly name?: string }) | undefined {
  if (files instanceof Blob) return files
  if (typeof files !== 'object' || files === null) return undefined
  const list = 'files' in files ? (files as { files: unknown }).files : files
  const first = typeof list === 'object' && list !== null ? (list as ArrayLike<unknown>)[0] : undefined
  if (first instanceof Blob) return first
  // a jQuery-style wrapper around an <input type="file">
  const wrapped = (files as { 0?: unknown })[0]
  return wrapped !== undefined && wrapped !== files ? firstFile(wrapped) : undefined
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
