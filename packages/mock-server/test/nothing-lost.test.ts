import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createManualClock, createMockChatServer, type FaultConfig } from '../src/index.js'
import { gmsPost, gmsStart, identity, nexus, nexusStart, type WireEvent } from './wire.js'

type Step =
  | { kind: 'send'; n: number }
  | { kind: 'agent' }
  | { kind: 'read'; from: number }
  | { kind: 'tick'; ms: number }

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.nat(1000).map((n) => ({ kind: 'send' as const, n })), weight: 4 },
  { arbitrary: fc.constant({ kind: 'agent' as const }), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 12 }).map((from) => ({ kind: 'read' as const, from })), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 3000 }).map((ms) => ({ kind: 'tick' as const, ms })), weight: 1 },
)

const faults = fc.record({
  dropRate: fc.constantFrom(0, 0.2),
  statusCode1Rate: fc.constantFrom(0, 0.2),
  http5xxRate: fc.constantFrom(0, 0.1),
  duplicateRate: fc.constantFrom(0, 0.3),
  reorderRate: fc.constantFrom(0, 0.3),
}) as fc.Arbitrary<FaultConfig>

/** Client messages in a read, de-duplicated by index and ordered by index (what every client does). */
function clientTexts(events: readonly WireEvent[], clientType: string): string[] {
  const byIndex = new Map<string, WireEvent>()
  for (const e of events) byIndex.set(String(e.index), e)
  return [...byIndex.values()]
    .sort((a, b) => Number(String(a.index).replace('-', '')) - Number(String(b.index).replace('-', '')))
    .filter((e) => (e.type === 'Message' || e.type === 'Text') && e.from.type === clientType)
    .map((e) => e.text ?? '')
}

describe('nothing lost: acknowledged messages appear exactly once, in order, in every later read', () => {
  it('GMS v2, under drop / statusCode 1 / 5xx / duplicate / reorder faults', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), faults, fc.nat(), async (steps, f, seed) => {
        const clock = createManualClock(0)
        const server = createMockChatServer({
          scenario: { name: 'e', agents: [{ name: 'Echo', joinAfterMs: 500, echo: 'echo: ' }] },
          clock,
          seed,
        })
        const chat = await gmsStart(server)
        server.admin.setFaults(f)
        const acked: string[] = []
        let k = 0
        for (const s of steps) {
          if (s.kind === 'tick') clock.advance(s.ms)
          else if (s.kind === 'agent') server.admin.say(chat.chatId, 'agent line')
          else if (s.kind === 'send') {
            const text = `m${k++}-${s.n}`
            const r = await gmsPost(server, `/${chat.chatId}/send`, [
              ...identity(chat),
              ['message', text],
            ]).catch(() => undefined)
            if (r?.status === 200 && r.body.statusCode === 0) acked.push(text)
          } else {
            const r = await gmsPost(server, `/${chat.chatId}/refresh`, [
              ...identity(chat),
              ['transcriptPosition', '1'],
              ['message', ''],
            ]).catch(() => undefined)
            if (r?.status !== 200 || r.body.statusCode !== 0) continue
            const seen = clientTexts(r.body.messages ?? [], 'Client')
            const ackedSeen = seen.filter((t) => acked.includes(t))
            expect(ackedSeen).toEqual(acked)
            expect(new Set(seen).size).toBe(seen.length)
          }
        }
        server.admin.setFaults({})
        const final = await gmsPost(server, `/${chat.chatId}/refresh`, [
          ...identity(chat),
          ['transcriptPosition', '1'],
        ])
        const raw = (final.body.messages ?? [])
          .filter((e) => e.from.type === 'Client' && e.type === 'Message')
          .map((e) => e.text)
        expect(raw.filter((t) => t !== undefined && acked.includes(t))).toEqual(acked)
      }),
      { numRuns: 150, seed: 6 },
    )
  })

  it('v3, with full reads (count) and incremental polls', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), faults, fc.nat(), async (steps, f, seed) => {
        const clock = createManualClock(0)
        const server = createMockChatServer({ scenario: 'echo', clock, seed })
        const s = await nexusStart(server)
        server.admin.setFaults(f)
        const acked: string[] = []
        const polled: WireEvent[] = []
        let k = 0
        for (const st of steps) {
          if (st.kind === 'tick') clock.advance(st.ms)
          else if (st.kind === 'agent') server.admin.say(s.sessionId, 'agent line')
          else if (st.kind === 'send') {
            const text = `m${k++}-${st.n}`
            const r = await nexus(server, 'POST', `/${s.sessionId}/messages`, {
              token: s.token,
              body: [
                ['data[type]', 'Text'],
                ['data[text]', text],
              ],
            }).catch(() => undefined)
            if (r?.status === 200) acked.push(text)
          } else {
            const full = st.from % 3 === 0
            const r = await nexus(server, 'GET', `/${s.sessionId}/messages${full ? '?count=10000' : ''}`, {
              token: s.token,
            }).catch(() => undefined)
            if (r?.status !== 200) continue
            if (full)
              expect(
                clientTexts(r.body.data?.messages ?? [], 'Customer').filter((t) => acked.includes(t)),
              ).toEqual(acked)
            polled.push(...(r.body.data?.messages ?? []))
          }
        }
        server.admin.setFaults({})
        // what answered reads delivered, plus one last poll, holds every acked message once, in order
        const last = await nexus(server, 'GET', `/${s.sessionId}/messages`, { token: s.token })
        polled.push(...(last.body.data?.messages ?? []))
        expect(clientTexts(polled, 'Customer').filter((t) => acked.includes(t))).toEqual(acked)
        const all = await nexus(server, 'GET', `/${s.sessionId}/messages?count=10000`, { token: s.token })
        expect(
          clientTexts(all.body.data?.messages ?? [], 'Customer').filter((t) => acked.includes(t)),
        ).toEqual(acked)
      }),
      { numRuns: 150, seed: 7 },
    )
  })
})
