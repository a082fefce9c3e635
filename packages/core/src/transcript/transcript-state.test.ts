import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TranscriptEvent } from '../transport/transcript-event.js'
import type { Batch } from '../transport/transport.js'
import { emptyTranscript, type MergeContext, mergeBatch } from './transcript-state.js'

const event = (index: number | undefined, text = `m${index}`): TranscriptEvent => ({
  index,
  wireIndex: index,
  type: 'Message',
  wireType: 'Message',
  from: { name: 'A', type: 'Agent', participantId: 1 },
  timestamp: 0,
  text,
})
const batch = (events: TranscriptEvent[], cursor?: number): Batch => ({
  events,
  originalMessages: events.map((e) => ({ wire: e.index })),
  session: {},
  chatEnded: false,
  ...(cursor === undefined ? {} : { cursor }),
})
let n = 0
const context: MergeContext = { filters: [], preprocessors: [], ids: () => `id-${++n}` }

describe('mergeBatch', () => {
  it('drops indexes already seen and orders new events by index', () => {
    const first = mergeBatch(emptyTranscript, batch([event(2), event(1)], 3), context)
    expect(first.fresh.map((f) => f.message.index)).toEqual([1, 2])
    const second = mergeBatch(first.state, batch([event(2), event(4), event(3), event(4)]), context)
    expect(second.fresh.map((f) => f.message.index)).toEqual([3, 4])
    expect(second.state.messages.map((m) => m.index)).toEqual([1, 2, 3, 4])
    expect(second.state.cursor).toBe(3)
  })

  it('keeps events without an index (never de-duplicated) after the indexed ones', () => {
    const result = mergeBatch(emptyTranscript, batch([event(undefined, 'notice'), event(1)]), context)
    expect(result.state.messages.map((m) => m.text)).toEqual(['m1', 'notice'])
    expect(result.state.messages[1]?.id).toMatch(/^id-/)
  })

  it('hides filtered Messages from the transcript but reports them as fresh and hidden', () => {
    const result = mergeBatch(emptyTranscript, batch([event(1, 'token 42'), event(2, 'ok')]), {
      ...context,
      filters: [/token \d+/g],
    })
    expect(result.fresh.map((f) => f.hidden)).toEqual([true, false])
    expect(result.state.messages.map((m) => m.text)).toEqual(['ok'])
    expect(result.state.originalMessages).toEqual([{ wire: 2 }])
  })

  it('runs pre-processors in order; a returned object replaces the message but keeps its index', () => {
    const result = mergeBatch(emptyTranscript, batch([event(1, 'a')]), {
      ...context,
      preprocessors: [
        (m) => {
          m.text = `${m.text}b`
        },
        (m) => ({ ...m, text: `${m.text}c`, index: 99 }),
      ],
    })
    expect(result.state.messages[0]).toMatchObject({ text: 'abc', index: 1 })
  })

  it('any delivery order, with repeats, yields each index once, sorted (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 10 }), { maxLength: 10 }),
        (batches) => {
          let state = emptyTranscript
          for (const indexes of batches)
            state = mergeBatch(state, batch(indexes.map((i) => event(i))), context).state
          const expected = [...new Set(batches.flat())].sort((a, b) => a - b)
          expect(state.messages.map((m) => m.index)).toEqual(expected)
        },
      ),
      { numRuns: 500 },
    )
  })
})
