import { type FormFields, readFormEntries } from './form-codec.js'
import { GMS_ERROR_CODES } from './gms-protocol.js'
import {
  GMS_OPERATION_PATHS,
  type GmsIdentity,
  type GmsRequest,
  type GmsSessionRequest,
  type UserDataMap,
} from './gms-request.js'

/** A request the server half understood. */
export interface GmsServerRequest {
  readonly ok: true
  /** The `{serviceName}` of the service URL. */
  readonly serviceName: string
  readonly request: GmsRequest
}

/** A request the server half refuses, with the protocol's own error reply (write it with `writeGmsError`). */
export interface GmsRequestError {
  readonly ok: false
  readonly status: number
  readonly errors: readonly [{ readonly code: number; readonly advice: string }]
  /** The form field or path part that was wrong ('' when it is the request as a whole). */
  readonly field: string
}

export interface ReadGmsRequestOptions {
  /** The service path (e.g. `/genesys/2/chat/customer-support`); default: found by `/2/chat/{serviceName}`. */
  readonly basePath?: string
}

function refuse(status: number, code: number, field: string, advice: string): GmsRequestError {
  return { ok: false, status, errors: [{ code, advice }], field }
}

const invalid = (field: string, advice: string) =>
  refuse(400, GMS_ERROR_CODES.invalidParameter, field, advice)

type SessionOp = GmsSessionRequest['operation']
const OPERATION_BY_PATH = new Map<string, SessionOp>(
  (Object.entries(GMS_OPERATION_PATHS) as [SessionOp, string][]).map(([op, path]) => [
    path.replace('{fileId}', '*'),
    op,
  ]),
)

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

/**
 * Reads a GMS Chat v2 request (method, path, body) into a typed request, or the protocol's error.
 * Pure decoding: sessions, secure keys and the api key are the caller's business. Never throws.
 */
export async function readGmsRequest(
  request: Request,
  options: ReadGmsRequestOptions = {},
): Promise<GmsServerRequest | GmsRequestError> {
  if (request.method !== 'POST') return refuse(405, GMS_ERROR_CODES.invalidParameter, '', 'use POST')
  const pathname = new URL(request.url).pathname
  let base: string
  let rest: string
  if (options.basePath !== undefined) {
    base = options.basePath.replace(/\/+$/, '')
    if (!pathname.startsWith(base)) return refuse(404, GMS_ERROR_CODES.invalidService, '', 'unknown service')
    rest = pathname.slice(base.length)
  } else {
    const match = /^(.*?\/2\/chat\/[^/]+)(\/.*)?$/.exec(pathname)
    if (!match) return refuse(404, GMS_ERROR_CODES.invalidService, '', 'unknown service')
    base = match[1] as string
    rest = match[2] ?? ''
  }
  const serviceName = decodeSegment(base.slice(base.lastIndexOf('/') + 1)) ?? ''
  if (rest !== '' && !rest.startsWith('/'))
    return refuse(404, GMS_ERROR_CODES.invalidService, '', 'unknown service')

  const form = await readBody(request)
  if (!form.ok) return form
  if (rest === '' || rest === '/') return { ok: true, serviceName, request: readRequestChat(form) }

  const segments = rest.slice(1).split('/')
  if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop()
  const [rawChatId = '', ...opSegments] = segments
  if (opSegments.length === 0) {
    // `<dataURL>/refresh` with the trailing slash off and no chat (real-widget.md §2.1): not a chatId
    if (OPERATION_BY_PATH.has(rawChatId)) return noChat(rawChatId)
    return refuse(404, GMS_ERROR_CODES.invalidService, 'path', 'unknown operation')
  }
  const fileId =
    opSegments.length === 3 && opSegments[0] === 'file' ? decodeSegment(opSegments[1] as string) : undefined
  const key = fileId === undefined ? opSegments.join('/') : `file/*/${opSegments[2]}`
  const operation = OPERATION_BY_PATH.get(key)
  if (operation === undefined) return refuse(404, GMS_ERROR_CODES.invalidService, 'path', 'unknown operation')
  const chatId = decodeSegment(rawChatId)
  if (chatId === undefined) return invalid('chatId', 'malformed chatId')
  // `<dataURL>//refresh` etc.: a call made with no chat open (real-widget.md §2.1, §2.3)
  if (chatId === '') return noChat(operation)
  const parsed = readSessionRequest(operation, chatId, fileId ?? '', form)
  return 'operation' in parsed ? { ok: true, serviceName, request: parsed } : parsed
}

function noChat(operation: string): GmsRequestError {
  return refuse(400, GMS_ERROR_CODES.noChat, 'chatId', `no chat session for ${operation}`)
}

async function readBody(request: Request): Promise<FormFields | GmsRequestError> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  let form: ReturnType<typeof readFormEntries>
  try {
    if (type.startsWith('multipart/form-data')) {
      const data = await request.formData()
      form = readFormEntries(data.entries() as Iterable<[string, string | Blob]>)
    } else {
      const text = await request.text()
      if (text !== '' && !type.startsWith('application/x-www-form-urlencoded')) {
        return refuse(415, GMS_ERROR_CODES.invalidParameter, 'content-type', 'expected a form body')
      }
      form = readFormEntries(new URLSearchParams(text))
    }
  } catch {
    return invalid('', 'malformed request body')
  }
  return form.ok ? form : invalid(form.field, form.message)
}

const text = (form: FormFields, name: string): string | undefined => form.fields[name]
const userData = (form: FormFields): UserDataMap => form.maps.userData ?? Object.create(null)

function readRequestChat(form: FormFields): GmsRequest {
  const endpoint = text(form, 'endpoint')
  return {
    operation: 'requestChat',
    nickname: text(form, 'nickname') ?? '',
    firstName: text(form, 'firstName') ?? '',
    lastName: text(form, 'lastName') ?? '',
    emailAddress: text(form, 'emailAddress') ?? '',
    subject: text(form, 'subject') ?? '',
    text: text(form, 'text') ?? '',
    userData: userData(form),
    ...(endpoint === undefined ? {} : { endpoint }),
  }
}

type Optional = Record<string, string | number | Readonly<Record<string, unknown>>>
type Parsed<T> = { readonly ok: true; readonly value: T } | GmsRequestError

function position(form: FormFields, required: boolean): Parsed<number | undefined> {
  const raw = text(form, 'transcriptPosition')
  if (raw === undefined || (raw === '' && !required)) {
    return required ? invalid('transcriptPosition', 'required') : { ok: true, value: undefined }
  }
  const n = /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN
  return Number.isSafeInteger(n)
    ? { ok: true, value: n }
    : invalid('transcriptPosition', 'expected a non-negative integer')
}

function attributes(form: FormFields): Parsed<Readonly<Record<string, unknown>> | undefined> {
  const raw = text(form, 'eventAttributes')
  if (raw === undefined) return { ok: true, value: undefined }
  try {
    const value = JSON.parse(raw) as unknown
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return { ok: true, value: value as Record<string, unknown> }
    }
  } catch {}
  return invalid('eventAttributes', 'expected a JSON object')
}

function readSessionRequest(
  operation: SessionOp,
  chatId: string,
  fileId: string,
  form: FormFields,
): GmsSessionRequest | GmsRequestError {
  const identity: GmsIdentity = {
    alias: text(form, 'alias') ?? '',
    secureKey: text(form, 'secureKey') ?? '',
    userId: text(form, 'userId') ?? '',
  }
  const extra: Optional = {}
  const put = (name: string, value: string | number | Readonly<Record<string, unknown>> | undefined) => {
    if (value !== undefined) extra[name] = value
  }
  const base = { chatId, identity }
  switch (operation) {
    case 'send': {
      const message = text(form, 'message')
      if (message === undefined) return invalid('message', 'required')
      const at = position(form, false)
      if (!at.ok) return at
      const attrs = attributes(form)
      if (!attrs.ok) return attrs
      put('messageType', text(form, 'messageType'))
      put('transcriptPosition', at.value)
      put('eventAttributes', attrs.value)
      return { operation, ...base, message, ...extra }
    }
    case 'startTyping':
    case 'stopTyping':
    case 'refresh': {
      const at = position(form, false)
      if (!at.ok) return at
      put('transcriptPosition', at.value)
      put('message', text(form, 'message'))
      return { operation, ...base, ...extra }
    }
    case 'customNotice': {
      const attrs = attributes(form)
      if (!attrs.ok) return attrs
      put('message', text(form, 'message'))
      put('eventAttributes', attrs.value)
      return { operation, ...base, ...extra }
    }
    case 'pushUrl': {
      const pushUrl = text(form, 'pushUrl')
      return pushUrl === undefined ? invalid('pushUrl', 'required') : { operation, ...base, pushUrl }
    }
    case 'updateNickname': {
      const nickname = text(form, 'nickname')
      return nickname === undefined ? invalid('nickname', 'required') : { operation, ...base, nickname }
    }
    case 'updateData':
      return { operation, ...base, userData: userData(form) }
    case 'readReceipt': {
      const at = position(form, true)
      if (!at.ok) return at
      return { operation, ...base, transcriptPosition: at.value as number }
    }
    case 'fileUpload': {
      const file = form.files.file
      if (file === undefined) return invalid('file', 'required (multipart part "file")')
      return { operation, ...base, file, fileName: file.name ?? '', userData: userData(form) }
    }
    case 'fileDownload':
    case 'fileDelete':
      return { operation, ...base, fileId }
    case 'disconnect':
    case 'fileLimits':
      return { operation, ...base }
  }
}
