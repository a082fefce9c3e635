import type { Batch, SessionData } from '@chatwire/core'
import type { GmsReply } from './read-gms-reply.js'

/** A session value as the wire sends it: text, `""` when absent. */
export const sessionText = (session: SessionData, key: string): string => String(session[key] ?? '')

/**
 * The batch of a successful reply: its events, the session with the latest values (GMS may rotate
 * `alias`/`secureKey`, gms-chat-v2.md §1) and where the next refresh starts.
 */
export function replyBatch(reply: GmsReply, session: SessionData, asked?: number): Batch {
  // the cursor: `nextPosition`, else last index + 1, else the position asked for (gms-chat-v2.md §6)
  let cursor = reply.nextPosition
  if (cursor === undefined) {
    let last: number | undefined
    for (const e of reply.events)
      if (e.index !== undefined && (last === undefined || e.index > last)) last = e.index
    cursor = last === undefined ? asked : last + 1
  }
  return {
    events: reply.events,
    originalMessages: reply.originalMessages,
    session: {
      ...session,
      secureKey: reply.secureKey ?? sessionText(session, 'secureKey'),
      sessionID: reply.chatId ?? sessionText(session, 'sessionID'),
      alias: reply.alias ?? sessionText(session, 'alias'),
      userId: reply.userId ?? sessionText(session, 'userId'),
    },
    chatEnded: reply.chatEnded ?? false,
    ...(cursor === undefined ? {} : { cursor }),
  }
}
