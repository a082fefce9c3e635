import { describe, expect, it } from 'vitest'
import type { ChatTransport } from '../../src/transport/transport.js'
import { reloadAfter, setup } from '../harness.js'

/** Holds a transport method until released, ignoring the abort signal (a transport that decodes on regardless). */
function gate<K extends 'start' | 'restore'>(transport: ChatTransport, method: K): () => void {
  const original = transport[method].bind(transport) as (...args: unknown[]) => Promise<unknown>
  let release!: () => void
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  ;(transport as unknown as Record<K, unknown>)[method] = async (first: unknown) => {
    await held
    return original(first, {})
  }
  return release
}

describe('dispose() while a session is being set up', () => {
  it('during startChat: no polling afterwards, no timers left', async () => {
    const t = setup()
    const release = gate(t.transport, 'start')
    const started = t.service.command('startChat', {})
    t.service.dispose()
    release()
    expect((await started).ok).toBe(false)
    const polls = t.transport.callsOf('poll').length
    await t.clock.advance(30_000)
    expect(t.transport.callsOf('poll').length).toBe(polls)
    expect(t.clock.pending()).toBe(0)
  })

  it('during the restore of init(): no polling afterwards, no timers left', async () => {
    const first = setup()
    await first.start()
    await first.clock.advance(1000)
    const t = await reloadAfter(first)
    const release = gate(t.transport, 'restore')
    const init = t.service.init()
    await t.clock.flush()
    t.service.dispose()
    release()
    await init
    const polls = t.transport.callsOf('poll').length
    await t.clock.advance(30_000)
    expect(t.transport.callsOf('poll').length).toBe(polls)
    expect(t.clock.pending()).toBe(0)
  })
})

describe('dispose() and the poll', () => {
  it('a poll in flight is aborted by dispose, and one asked for after it goes out already aborted', async () => {
    const t = setup()
    await t.start()
    const signals: AbortSignal[] = []
    const original = t.transport.poll.bind(t.transport)
    t.transport.poll = (session, cursor, o) => {
      if (o?.signal) signals.push(o.signal)
      return original(session, cursor, o)
    }
    const release = t.transport.hold('poll')
    await t.clock.advance(300)
    expect(signals).toHaveLength(1)
    t.service.dispose()
    expect(signals[0]?.aborted).toBe(true)
    release()
    await t.clock.advance(0)
    expect(await t.internal('poll')).toMatchObject({ ok: true })
    expect(signals.map((s) => s.aborted)).toEqual([true, true])
    expect(t.names()).not.toContain('error')
  })
})
