import type { ChatMessage } from '../types/chat-message.js'

/** Subscribers get copies: changing a published message never changes the transcript. */
export function snapshot(message: ChatMessage): ChatMessage {
  return { ...message, from: { ...message.from } }
}
