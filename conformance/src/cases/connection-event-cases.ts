import { check, checkEqual, checkNotPublished, checkPublished } from '../check.js'
import type { CaseContext, ConformanceCase } from '../conformance-case.js'
import { event, needs } from './case-helpers.js'

/** Poll failures past pollExceptionLimit (2), then recovery. */
async function serverOffline(ctx: CaseContext, recover: boolean): Promise<number> {
  await ctx.startChat()
  const mark = ctx.mark()
  await ctx.controller.failNext(4, 'server-retryable')
  await ctx.advance(30_000)
  if (recover) await ctx.advance(10_000)
  return mark
}

/**
 * Precondition of the n/a branches: the poll faults reached the client and it recovered from them
 * (connectionRestored, or disconnected followed by reconnected).
 */
function checkFaultsSeen(ctx: CaseContext, mark: number): void {
  const names = ctx.eventsSince(mark).map((e) => e.name)
  const restored = names.includes('connectionRestored')
  const d = names.indexOf('disconnected')
  const bounced = d >= 0 && names.indexOf('reconnected', d) > d
  check(
    restored || bounced,
    `precondition: after the poll faults neither connectionRestored nor disconnected→reconnected was published; saw [${names.join(', ')}]`,
  )
}

const offlineEvent = (name: string, recover: boolean, title: string) =>
  event(
    name,
    'MUST',
    title,
    async (ctx) => {
      const mark = await serverOffline(ctx, recover)
      checkPublished(ctx, name, mark)
    },
    {
      settings: { pollExceptionLimit: 2 },
      applies: needs('offlineEvents', async (ctx) => {
        // Always run to recovery: the precondition is that the faults happened and the client saw them end.
        const mark = await serverOffline(ctx, true)
        checkFaultsSeen(ctx, mark)
        checkNotPublished(ctx, name, mark)
        ctx.note(`poll exceptions past the limit, then recovery; ${name} was not published`)
      }),
    },
  )

/** disconnected/reconnected and the v2 offline family. */
export const connectionEventCases: readonly ConformanceCase[] = [
  event('disconnected', 'MUST', 'disconnected is published when polls get no response', async (ctx) => {
    await ctx.startChat()
    const mark = ctx.mark()
    await ctx.controller.failNext(2, 'network')
    await ctx.advance(15_000)
    checkPublished(ctx, 'disconnected', mark)
  }),
  event(
    'reconnected',
    'MUST',
    'reconnected is published after disconnected, once a poll succeeds',
    async (ctx) => {
      await ctx.startChat()
      const mark = ctx.mark()
      await ctx.controller.failNext(2, 'network')
      await ctx.advance(20_000)
      const d = checkPublished(ctx, 'disconnected', mark)
      const r = checkPublished(ctx, 'reconnected', mark)
      check(r.at >= d.at, 'reconnected came before disconnected')
    },
  ),
  offlineEvent(
    'chatServerWentOffline',
    false,
    'chatServerWentOffline is published once poll exceptions exceed pollExceptionLimit',
  ),
  offlineEvent('chatServerBackOnline', true, 'chatServerBackOnline is published when polls succeed again'),
  offlineEvent(
    'connectionPending',
    false,
    'connectionPending is published while reconnecting, before going offline',
  ),
  event(
    'connectionRestored',
    'MUST',
    'connectionRestored is published when polls succeed again, with chatServerBackOnline where that exists',
    async (ctx) => {
      await ctx.startChat()
      const mark = ctx.mark()
      await ctx.controller.failNext(4, 'server-retryable')
      await ctx.advance(40_000)
      const restored = checkPublished(ctx, 'connectionRestored', mark)
      if (ctx.capabilities.offlineEvents) {
        const back = checkPublished(ctx, 'chatServerBackOnline', mark)
        checkEqual(restored.at, back.at, 'connectionRestored time vs chatServerBackOnline time')
      }
    },
    { settings: { pollExceptionLimit: 2 } },
  ),
]
