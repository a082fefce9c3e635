import { isObject } from '../is-object.js'
import type { TranscriptEvent } from '../transport/transcript-event.js'
import type { Batch } from '../transport/transport.js'
import type { ChatMessage, Preprocessor } from '../types/chat-message.js'
import { matchesFilter } from './message-filters.js'
import { snapshot } from './snapshot.js'

/** The client's transcript: messages in index order, each index at most once. Immutable. */
export interface TranscriptState {
  readonly messages: readonly ChatMessage[]
  readonly originalMessages: readonly unknown[]
  readonly seen: ReadonlySet<number>
  /** Where the next poll continues (the last batch cursor). */
  readonly cursor?: string | number | undefined
  /** The oldest indexed event held: fetchHistory pages before its `wireIndex`. */
  readonly oldest?: TranscriptEvent | undefined
}

export const emptyTranscript: TranscriptState = { messages: [], originalMessages: [], seen: new Set() }

/** Sort key of an index: events without one come last. */
const rank = (index: number | undefined) => index ?? Infinity

/** The optional fields a message takes over from its event when they are set (`userData` as a copy). */
const optionalFields = ['text', 'url', 'messageType', 'userData', 'content'] as const

/** One new event of a batch after de-duplication. `hidden` = matched a filter (kept out of the transcript). */
export interface FreshEvent {
  readonly message: ChatMessage
  readonly original: unknown
  readonly hidden: boolean
}

/** What a merge uses of the session (the runtime is one). */
export interface MergeContext {
  /** The session's filters (the standard filter applies too, message-filters.ts). */
  readonly filters: readonly RegExp[]
  readonly preprocessors: readonly Preprocessor[]
  /** Ids of events without an index. */
  readonly ids: () => string
}

export interface MergeResult {
  readonly state: TranscriptState
  /** New events in index order (events without an index keep their arrival order, after indexed ones). */
  readonly fresh: readonly FreshEvent[]
}

/**
 * Merges a batch: drops events whose index was already seen, orders the rest by index, hides filtered
 * `Message`s, runs the pre-processors on the visible ones, and inserts them in index order. `restoring`
 * marks the messages of a restore's replay; a history page (`keepCursor`) does not move the poll cursor.
 */
export function mergeBatch(
  state: TranscriptState,
  batch: Batch,
  context: MergeContext,
  restoring = false,
  keepCursor = false,
): MergeResult {
  const seen = new Set(state.seen)
  const picked: { event: TranscriptEvent; original: unknown }[] = []
  batch.events.forEach((event, i) => {
    if (event.index !== undefined) {
      if (seen.has(event.index)) return
      seen.add(event.index)
    }
    picked.push({ event, original: batch.originalMessages[i] })
  })
  picked.sort((a, b) => rank(a.event.index) - rank(b.event.index))
  const fresh = picked.map(({ event, original }): FreshEvent => {
    const message = toChatMessage(event, restoring, context.ids)
    const hidden = event.type === 'Message' && matchesFilter(event.text, context.filters)
    return { message: hidden ? message : preprocess(message, context.preprocessors), original, hidden }
  })
  const visible = fresh.filter((f) => !f.hidden)
  // sorted: the first new event has the lowest new index
  const first = picked[0]?.event
  return {
    state: {
      messages: insertInOrder(
        state.messages,
        visible.map((f) => f.message),
      ),
      originalMessages: [...state.originalMessages, ...visible.map((f) => f.original)],
      seen,
      cursor: keepCursor ? state.cursor : (batch.cursor ?? state.cursor),
      oldest: first?.index !== undefined && first.index < rank(state.oldest?.index) ? first : state.oldest,
    },
    fresh,
  }
}

function toChatMessage(event: TranscriptEvent, restoring: boolean, newId: () => string): ChatMessage {
  const message: ChatMessage = {
    id: event.index === undefined ? newId() : String(event.index),
    index: event.index,
    type: event.type,
    wireType: event.wireType,
    from: { ...event.from },
    timestamp: event.timestamp,
    restoring,
  }
  for (const field of optionalFields) {
    const value = event[field]
    if (value !== undefined)
      Object.assign(message, { [field]: field === 'userData' ? { ...(value as object) } : value })
  }
  return message
}

/**
 * Pre-processors run in registration order on a copy; a returned object replaces the message (its
 * `id` and `index` stay: they key de-duplication and order). Changes made in place count too.
 */
function preprocess(message: ChatMessage, preprocessors: readonly Preprocessor[]): ChatMessage {
  let current = message
  for (const preprocessor of preprocessors) {
    const copy = snapshot(current)
    const result = preprocessor(copy)
    current = isObject(result)
      ? { ...(result as unknown as ChatMessage), id: copy.id, index: copy.index }
      : copy
  }
  return current
}

function insertInOrder(messages: readonly ChatMessage[], added: readonly ChatMessage[]): ChatMessage[] {
  const out = [...messages]
  for (const message of added) {
    // an indexed message moves back past later indexes, never past a message without one
    let at = out.length
    while (message.index !== undefined && (out[at - 1]?.index ?? -Infinity) >= message.index) at--
    out.splice(at, 0, message)
  }
  return out
}
