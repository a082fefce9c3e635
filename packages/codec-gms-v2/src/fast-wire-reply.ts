import { emptyMap } from './form-codec.js'
import { GMS_PARTY_TYPES } from './gms-protocol.js'
import type { GmsWireError, GmsWireEvent, GmsWireReply } from './gms-wire-schema.js'

/**
 * A hand-written checker that accepts exactly what `GmsWireReplySchema` accepts and returns the same
 * output, in one pass without allocating issues. It is the fast path of `readGmsReply`: when it says
 * `undefined` the valibot schema runs and names what is wrong. Equivalence with the schema is a
 * property test (test/fast-path.test.ts), so the schema stays the single definition of the shape.
 */
export function fastWireReply(input: unknown): GmsWireReply | undefined {
  if (!isObject(input)) return undefined
  const statusCode = input.statusCode
  if (statusCode !== 0 && statusCode !== 1 && statusCode !== 2) return undefined
  const out: Record<string, unknown> = { statusCode }
  if (!optional(input, out, 'alias', isString)) return undefined
  if (!optional(input, out, 'chatEnded', isBoolean)) return undefined
  if (!optional(input, out, 'chatId', isString)) return undefined
  if (!optional(input, out, 'nextPosition', Number.isInteger)) return undefined
  if (!optional(input, out, 'secureKey', isString)) return undefined
  if (!optional(input, out, 'userId', isString)) return undefined
  if (!optional(input, out, 'idleTimerExpire', isNumber)) return undefined
  if ('userData' in input) {
    const map = stringMap(input.userData)
    if (map === undefined) return undefined
    out.userData = map
  }
  if ('errors' in input) {
    const errors = input.errors
    if (!Array.isArray(errors)) return undefined
    const list: GmsWireError[] = []
    for (const item of errors) {
      if (!isObject(item)) return undefined
      const code = item.code
      if (!isString(code) && !isNumber(code)) return undefined
      const error: Record<string, unknown> = { code }
      if (!optional(item, error, 'advice', isString) || !optional(item, error, 'message', isString))
        return undefined
      list.push(error as unknown as GmsWireError)
    }
    out.errors = list
  }
  if ('messages' in input) {
    const messages = input.messages
    if (!Array.isArray(messages)) return undefined
    const list: GmsWireEvent[] = new Array(messages.length)
    for (let i = 0; i < messages.length; i++) {
      const event = fastWireEvent(messages[i])
      if (event === undefined) return undefined
      list[i] = event
    }
    out.messages = list
  }
  return out as unknown as GmsWireReply
}

const PARTY_TYPES: ReadonlySet<unknown> = new Set(GMS_PARTY_TYPES)

function fastWireEvent(input: unknown): GmsWireEvent | undefined {
  if (!isObject(input)) return undefined
  const from = input.from
  if (!isObject(from)) return undefined
  const { nickname, participantId, type: partyType } = from
  if (!isString(nickname) || !Number.isInteger(participantId)) return undefined
  if (!PARTY_TYPES.has(partyType)) return undefined
  const type = input.type
  const utcTime = input.utcTime
  if (!isString(type) || !Number.isInteger(utcTime)) return undefined
  const out: Record<string, unknown> = { from: { nickname, participantId, type: partyType }, type, utcTime }
  if (!optional(input, out, 'index', Number.isInteger)) return undefined
  if (!optional(input, out, 'text', isString)) return undefined
  if (!optional(input, out, 'messageType', isString)) return undefined
  if ('userData' in input) {
    const map = stringMap(input.userData)
    if (map === undefined) return undefined
    out.userData = map
  }
  if (!optional(input, out, 'eventAttributes', isObject)) return undefined
  return out as unknown as GmsWireEvent
}

function optional(
  input: Record<string, unknown>,
  out: Record<string, unknown>,
  key: string,
  check: (value: unknown) => boolean,
): boolean {
  if (!(key in input)) return true
  const value = input[key]
  if (!check(value)) return false
  out[key] = value
  return true
}

function stringMap(input: unknown): Readonly<Record<string, string>> | undefined {
  if (!isObject(input)) return undefined
  const out = emptyMap<string>()
  for (const key of Object.keys(input)) {
    const value = input[key]
    if (typeof value !== 'string') return undefined
    out[key] = value
  }
  return out
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isString = (v: unknown): v is string => typeof v === 'string'
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean'
const isNumber = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v)
