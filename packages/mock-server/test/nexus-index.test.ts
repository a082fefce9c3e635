import { createNexusV3Transport } from '@chatwire/codec-nexus-v3'
import type { SessionData, TranscriptEvent } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { createManualClock, createMockChatServer } from '../src/index.js'
import { NEXUS } from './wire.js'

/** The number the original widget reads from a v3 index: the first '-' stripped (chatwire's codec reads ms × 1000 + seq). */
const key = (e: TranscriptEvent): number => Number(String(e.wireIndex).replace('-', ''))

/** 1,200 agent lines in bursts of 1, 3, 12 and 25 per millisecond, on a 2023-era clock. */
async function busySession() {
  const clock = createManualClock(1_700_000_000_000)
  const server = createMockChatServer({ scenario: 'silent', clock })
  const transport = createNexusV3Transport({
    transport: { dataURL: NEXUS, async: { enabled: true } },
    fetch: (input, init) => server.fetch(input instanceof Request ? input : new Request(input, init)),
  })
  const started = await transport.start({ nickname: 'Nora', userData: {} })
  if (!started.ok) throw new Error('start failed')
  const session: SessionData = started.value.session
  const sessionId = String(session.sessionId)
  server.admin.join(sessionId, { name: 'Ava' })
  const bursts = [1, 3, 12, 25]
  let sent = 0
  for (let b = 0; sent < 1200; b++) {
    for (let i = 0; i < (bursts[b % bursts.length] as number) && sent < 1200; i++) {
      server.admin.say(sessionId, `line ${sent++}`)
    }
    clock.advance(1)
  }
  const expected = [
    'ParticipantJoined',
    'ParticipantJoined',
    ...Array.from({ length: 1200 }, () => 'Message'),
  ]
  return { server, transport, session, expected }
}

function byKey(events: readonly TranscriptEvent[]): Map<number, TranscriptEvent> {
  const out = new Map<number, TranscriptEvent>()
  for (const e of events) out.set(key(e), e)
  return out
}

describe('v3 indexes under the widget reading (strip the first "-", read a number)', () => {
  it('are exact, unique and strictly increasing past 1,000 events, many in the same ms', async () => {
    const { transport, session, expected } = await busySession()
    const delivered: TranscriptEvent[] = []
    let cursor: string | number | undefined
    for (let guard = 0; guard < 100; guard++) {
      const r = await transport.poll(session, cursor)
      if (!r.ok) throw new Error('poll failed')
      const fresh = r.value.events.filter((e) => !delivered.some((d) => key(d) === key(e)))
      if (fresh.length === 0) break
      delivered.push(...fresh)
      cursor = r.value.cursor
    }
    const keys = delivered.map(key)
    expect(keys.every((k) => Number.isSafeInteger(k))).toBe(true)
    for (let i = 1; i < keys.length; i++) expect(keys[i]).toBeGreaterThan(keys[i - 1] as number)
    expect(new Set(keys.map((k) => String(k).length)).size).toBe(1)
    expect(delivered.map((e) => e.type)).toEqual(expected)
    expect(delivered.filter((e) => e.type === 'Message').map((e) => e.text)).toEqual(
      Array.from({ length: 1200 }, (_, i) => `line ${i}`),
    )
    // the timestamp is the event's own time, untouched by the index
    expect(delivered.at(-1)?.timestamp).toBeLessThan(
      Number(String(delivered.at(-1)?.wireIndex).split('-')[0]),
    )
  })

  it('a history walk from the newest page back to the first event delivers every event exactly once', async () => {
    const { transport, session, expected } = await busySession()
    const seen: TranscriptEvent[] = []
    let before: string | number | undefined
    for (let guard = 0; guard < 200; guard++) {
      const r = await transport.history?.(session, before)
      if (r === undefined || !r.ok) throw new Error('history failed')
      seen.unshift(...r.value.events)
      if (!r.value.hasMore) break
      before = r.value.cursor
    }
    const unique = byKey(seen)
    expect(unique.size).toBe(expected.length)
    const ordered = [...unique.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e)
    expect(ordered.map((e) => e.type)).toEqual(expected)
    expect(ordered.filter((e) => e.type === 'Message').map((e) => e.text)).toEqual(
      Array.from({ length: 1200 }, (_, i) => `line ${i}`),
    )
  })
})
