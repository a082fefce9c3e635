import { describe, expect, it } from 'vitest'
import { createManualClock } from '../clock.js'
import type { ChatSession } from './chat-session.js'
import { SessionStore } from './session-store.js'

const session = (id: string, endedAt?: number) => {
  const s = {
    id,
    ended: endedAt !== undefined,
    endedAt,
    close() {
      s.ended = true
    },
  }
  return s as unknown as ChatSession
}

describe('SessionStore', () => {
  it('forgets sessions ended longer than the retention ago and keeps live and recently ended ones', () => {
    const clock = createManualClock(0)
    const store = new SessionStore(clock, { endedRetentionMs: 1000 })
    const ended = session('a', 0)
    store.add(ended)
    store.add(session('live'))
    clock.advance(500)
    store.add(session('b', 500))
    expect(store.all().map((s) => s.id)).toEqual(['a', 'live', 'b'])
    clock.advance(500)
    expect(store.all().map((s) => s.id)).toEqual(['live', 'b'])
    clock.advance(1000)
    expect(store.all().map((s) => s.id)).toEqual(['live'])
    expect(store.get('a')).toBeUndefined()
  })

  it('caps the count, dropping the oldest ended sessions first', () => {
    const clock = createManualClock(0)
    const store = new SessionStore(clock, { maxSessions: 10 })
    for (let i = 0; i < 10; i++) store.add(session(String(i), i % 2 === 0 ? 0 : undefined))
    store.add(session('new'))
    expect(store.size).toBe(10)
    expect(store.get('0')).toBeUndefined()
    expect(store.get('1')).toBeDefined()
  })

  it('ends a live session it evicts, so its timers stop', () => {
    const clock = createManualClock(0)
    const store = new SessionStore(clock, { maxSessions: 2 })
    const live = session('live')
    store.add(live)
    store.add(session('other'))
    store.add(session('new'))
    expect(store.get('live')).toBeUndefined()
    expect(live.ended).toBe(true)
  })
})
