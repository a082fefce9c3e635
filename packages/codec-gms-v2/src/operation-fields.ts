import type { Operation } from '@chatwire/core'
import type { GmsFieldValue } from './build-gms-request.js'
import { toUserDataMap } from './form-codec.js'
import type { GMS_OPERATION_PATHS } from './gms-request.js'

/**
 * Neutral operation → the GMS operation and its body fields after the identity triple, in wire order
 * (gms-chat-v2.md §2.2–§2.10; the order of build-gms-request.ts BODY_FIELDS, which a test holds it to).
 */
export function operationFields(
  op: Operation,
): readonly [keyof typeof GMS_OPERATION_PATHS, Readonly<Record<string, GmsFieldValue>>] {
  switch (op.kind) {
    case 'message':
      return ['send', { message: op.text, messageType: op.messageType }]
    case 'typingStarted':
      return ['startTyping', { message: op.text }]
    case 'typingStopped':
      return ['stopTyping', { message: op.text }]
    case 'customNotice':
      return ['customNotice', { message: op.text }]
    case 'pushUrl':
      return ['pushUrl', { pushUrl: op.url }]
    case 'nickname':
      return ['updateNickname', { nickname: op.nickname }]
    case 'userData':
      return ['updateData', { userData: toUserDataMap(op.userData) }]
    case 'readReceipt':
      return ['readReceipt', { transcriptPosition: Number(op.index) }]
    case 'end':
      return ['disconnect', {}]
  }
}
