import type { Operation } from '@chatwire/core'
import { toUserDataMap } from './form-codec.js'
import { GMS_CANCEL_IDLE_TIMER_ATTRIBUTES } from './gms-protocol.js'
import type { GmsFieldValue } from './gms-wire-request.js'

type Fields = Readonly<Record<string, GmsFieldValue>>

/**
 * Neutral operation → the path after `{dataURL}/{chatId}/` and the body fields after the identity triple, in
 * wire order (gms-chat-v2.md §2.2–§2.10). The paths are GMS_OPERATION_PATHS's and the order BODY_FIELDS's
 * (build-gms-request.ts): test/gms-v2-transport.test.ts holds every call to buildGmsRequest's wire form.
 */
const OPERATIONS: {
  readonly [K in Operation['kind']]: (op: Extract<Operation, { kind: K }>) => [string, Fields]
} = {
  message: (op) => ['send', { message: op.text, messageType: op.messageType }],
  typingStarted: (op) => ['startTyping', { message: op.text }],
  typingStopped: (op) => ['stopTyping', { message: op.text }],
  customNotice: (op) => ['customNotice', { message: op.text }],
  // wake's notice: no message, only the purpose (real-widget.md §2.2)
  cancelIdleTimer: () => ['customNotice', { eventAttributes: GMS_CANCEL_IDLE_TIMER_ATTRIBUTES }],
  pushUrl: (op) => ['pushUrl', { pushUrl: op.url }],
  nickname: (op) => ['updateNickname', { nickname: op.nickname }],
  userData: (op) => ['updateData', { userData: toUserDataMap(op.userData) }],
  readReceipt: (op) => ['readReceipt', { transcriptPosition: Number(op.index) }],
  end: () => ['disconnect', {}],
}

export const operationFields = (op: Operation): [string, Fields] =>
  (OPERATIONS[op.kind] as (op: Operation) => [string, Fields])(op)
