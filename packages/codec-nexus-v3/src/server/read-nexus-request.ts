import { NEXUS_ERROR_CODES, type NexusErrorCode } from '../protocol/nexus-error-codes.js'
import {
  NEXUS_DEFAULT_BASE_PATH,
  NEXUS_START_FIELDS,
  type NexusOperation,
} from '../protocol/nexus-operations.js'
import { decodeForm, type FormObject, formObject, formString } from '../wire/form-encoding.js'
import { readApiKey, readClientKey } from './client-key.js'
import type {
  NexusRequestCommon,
  NexusRequestError,
  NexusServerRequest,
  NexusStartParams,
} from './nexus-server-request.js'

export interface ReadNexusRequestOptions {
  /** The path `dataURL` ends with; the request path must contain it. Default '/nexus/v3/chat/sessions'. */
  readonly basePath?: string
}

/**
 * Reads a v3 request (method + path + headers + body) into a typed operation, or the protocol's error
 * (`{status:{code,message}}` + HTTP status) naming what was wrong. Never throws for bad input.
 * Routes (pureengage-v3.md §3): POST B (start, or resume with a client key), GET/POST B/{sid}/messages,
 * POST B/{sid}/images, GET B/{sid}/images/{mediaId}, PUT B/{sid}/userdata, DELETE B/{sid}/participants/{pid}.
 */
export async function readNexusRequest(
  request: Request,
  options: ReadNexusRequestOptions = {},
): Promise<NexusServerRequest | NexusRequestError> {
  const url = new URL(request.url)
  const segments = pathSegments(url.pathname, options.basePath ?? NEXUS_DEFAULT_BASE_PATH)
  if (segments === undefined) return requestError(undefined, 'INVALID_REQUEST', 'path', 'malformed path', 404)
  const route = matchRoute(request.method.toUpperCase(), segments)
  if (route.kind === 'none') {
    return requestError(undefined, 'INVALID_REQUEST', 'path', `no v3 endpoint at ${url.pathname}`, 404)
  }
  if (route.kind === 'method') {
    return requestError(
      route.operation,
      'INVALID_REQUEST',
      'method',
      `${request.method} not allowed here`,
      405,
    )
  }
  const common = { ok: true as const, apiKey: readApiKey(request), clientKey: readClientKey(request) }
  const { operation, sessionId = '' } = route

  if (operation === 'messages') {
    const query = url.searchParams
    const count = query.get('count')
    if (count !== null && !/^\d{1,9}$/.test(count)) {
      return requestError(
        operation,
        'INVALID_REQUEST',
        'count',
        `expected a non-negative integer, got '${clip(count)}'`,
      )
    }
    const index = query.get('index')
    return {
      ...common,
      operationId: query.get('operationId') ?? undefined,
      operation,
      sessionId,
      ...(index !== null ? { index } : {}),
      ...(count !== null ? { count: Number(count) } : {}),
    }
  }
  if (operation === 'attachment') {
    return {
      ...common,
      operationId: url.searchParams.get('operationId') ?? undefined,
      operation,
      sessionId,
      mediaId: route.mediaId ?? '',
    }
  }
  if (operation === 'uploadImage') return readUpload(request, common, sessionId)

  const form = await readForm(request, operation)
  if (!form.ok) return form
  const fields = form.value
  const withId = { ...common, operationId: formString(fields, 'operationId') }
  const data = fields.data
  if (data !== undefined && (typeof data === 'string' || Array.isArray(data))) {
    return requestError(operation, 'INVALID_REQUEST', 'data', 'expected data[…] fields')
  }
  const dataMap: FormObject = (data as FormObject | undefined) ?? Object.create(null)

  if (operation === 'start') {
    const start = readStartParams(dataMap)
    if (!start.ok) return requestError(operation, 'INVALID_REQUEST', start.path, start.problem)
    if (withId.clientKey !== undefined) {
      return { ...withId, operation: 'resume', clientKey: withId.clientKey, start: start.value }
    }
    return { ...withId, operation: 'start', start: start.value }
  }
  if (operation === 'send') {
    const type = dataMap.type ?? 'Text'
    const text = dataMap.text ?? ''
    if (typeof type !== 'string')
      return requestError(operation, 'INVALID_REQUEST', 'data[type]', 'expected a string')
    if (typeof text !== 'string')
      return requestError(operation, 'INVALID_REQUEST', 'data[text]', 'expected a string')
    return { ...withId, operation, sessionId, type, text }
  }
  if (operation === 'updateUserData') return { ...withId, operation, sessionId, userData: dataMap }
  return { ...withId, operation: 'leave', sessionId, participantId: route.participantId ?? '' }
}

type Route =
  | { readonly kind: 'none' }
  | { readonly kind: 'method'; readonly operation: NexusOperation }
  | {
      readonly kind: 'ok'
      readonly operation: NexusOperation
      readonly sessionId?: string
      readonly mediaId?: string
      readonly participantId?: string
    }

function matchRoute(method: string, s: readonly string[]): Route {
  const [sessionId, collection, item] = s
  const pick = (allowed: Partial<Record<string, NexusOperation>>, extra: object = {}): Route => {
    const operation = allowed[method]
    if (operation !== undefined)
      return { kind: 'ok', operation, ...(sessionId !== undefined ? { sessionId } : {}), ...extra }
    return { kind: 'method', operation: Object.values(allowed)[0] as NexusOperation }
  }
  if (s.length === 0) return pick({ POST: 'start' })
  if (s.length === 2 && collection === 'messages') return pick({ GET: 'messages', POST: 'send' })
  if (s.length === 2 && collection === 'images') return pick({ POST: 'uploadImage' })
  if (s.length === 3 && collection === 'images') return pick({ GET: 'attachment' }, { mediaId: item })
  if (s.length === 2 && collection === 'userdata') return pick({ PUT: 'updateUserData' })
  if (s.length === 3 && collection === 'participants')
    return pick({ DELETE: 'leave' }, { participantId: item })
  return { kind: 'none' }
}

/** Segments after `basePath`, URI-decoded; `undefined` when the path does not contain it or is malformed. */
function pathSegments(pathname: string, basePath: string): string[] | undefined {
  const base = basePath.replace(/\/+$/, '')
  const at = pathname.indexOf(base)
  if (at < 0) return undefined
  const rest = pathname.slice(at + base.length)
  if (rest !== '' && !rest.startsWith('/')) return undefined
  try {
    return rest
      .split('/')
      .filter((part) => part !== '')
      .map((part) => decodeURIComponent(part))
  } catch {
    return undefined
  }
}

async function readForm(
  request: Request,
  operation: NexusOperation,
): Promise<{ readonly ok: true; readonly value: FormObject } | NexusRequestError> {
  let text: string
  try {
    text = await request.text()
  } catch {
    return requestError(operation, 'INVALID_REQUEST', 'body', 'body could not be read')
  }
  const decoded = decodeForm(new URLSearchParams(text))
  if (!decoded.ok) return requestError(operation, 'INVALID_REQUEST', decoded.key, decoded.message)
  return decoded
}

async function readUpload(
  request: Request,
  common: Omit<NexusRequestCommon, 'operationId'>,
  sessionId: string,
): Promise<NexusServerRequest | NexusRequestError> {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return requestError('uploadImage', 'INVALID_REQUEST', 'body', 'expected a multipart/form-data body')
  }
  const file = form.get('file')
  if (file === null || typeof file === 'string') {
    return requestError('uploadImage', 'INVALID_REQUEST', 'file', 'expected a file part named "file"')
  }
  const operationId = form.get('operationId')
  return {
    ...common,
    operationId: typeof operationId === 'string' ? operationId : undefined,
    operation: 'uploadImage',
    sessionId,
    file,
    fileName: file.name,
  }
}

function readStartParams(
  data: FormObject,
): { readonly ok: true; readonly value: NexusStartParams } | { ok: false; path: string; problem: string } {
  const value: Record<string, unknown> = { userData: Object.create(null), data }
  for (const field of NEXUS_START_FIELDS) {
    if (field === 'userData') continue
    const raw = data[field]
    if (raw === undefined) continue
    if (typeof raw !== 'string') return { ok: false, path: `data[${field}]`, problem: 'expected a string' }
    value[field] = raw
  }
  if (data.userData !== undefined) {
    const userData = formObject(data, 'userData')
    if (userData === undefined)
      return { ok: false, path: 'data[userData]', problem: 'expected data[userData][…] fields' }
    value.userData = userData
  }
  return { ok: true, value: value as unknown as NexusStartParams }
}

function requestError(
  operation: NexusOperation | undefined,
  code: NexusErrorCode,
  path: string,
  problem: string,
  httpStatus: number = NEXUS_ERROR_CODES[code].httpStatus,
): NexusRequestError {
  const message = `${NEXUS_ERROR_CODES[code].message}: ${path}: ${problem}`
  return { ok: false, operation, code, httpStatus, path, problem, body: { status: { code, message } } }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}
