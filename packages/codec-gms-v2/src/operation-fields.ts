import type { Operation } from '@chatwire/core'
import type { GmsFieldValue } from './build-gms-request.js'
import { toUserDataMap } from './form-codec.js'

/**
 * Neutral operation → the path after `{dataURL}/{chatId}/` and the body fields after the identity triple, in
 * wire order (gms-chat-v2.md §2.2–§2.10). The paths are GMS_OPERATION_PATHS's and the order BODY_FIELDS's
 * (build-gms-request.ts): test/gms-v2-transport.test.ts holds every call to buildGmsRequest's wire form.
 */
export function operationFields(op: Operation): readonly [string, Readonly<Record<string, GmsFieldValue>>] {
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
