import { check, checkEqual, checkNotPublished, checkPublished } from '../check.js'
import type { ConformanceCase } from '../conformance-case.js'
import { event, needs } from './case-helpers.js'

/** ready, the restore family and messageReceived. */
export const restoreEventCases: readonly ConformanceCase[] = [
  event('ready', 'MUST', 'ready is published once WebChatService is initialised', async (ctx) => {
    checkPublished(ctx, 'ready')
  }),
  event('restored', 'MUST', 'restored is published when a page load restores the session', async (ctx) => {
    await ctx.startChat()
    const mark = ctx.mark()
    await ctx.reload()
    const e = checkPublished(ctx, 'restored', mark)
    // seed: {async: (boolean)}, false outside async mode
    checkEqual((e.payload as { async?: unknown } | undefined)?.async, false, 'restored payload async')
  }),
  event(
    'restoreTimeout',
    'MUST',
    'restoreTimeout is published when the page comes back after restoreTimeout',
    async (ctx) => {
      await ctx.startChat()
      const mark = ctx.mark()
      await ctx.reload({ restoreTimeout: 60_000 }, { awayMs: 61_000 })
      checkPublished(ctx, 'restoreTimeout', mark)
      checkNotPublished(ctx, 'restored', mark)
    },
    { settings: { restoreTimeout: 60_000 } },
  ),
  event('restoreFailed', 'MUST', 'restoreFailed is published when the restore request fails', async (ctx) => {
    await ctx.startChat()
    await ctx.controller.agentJoin()
    await ctx.advance(2_000)
    const mark = ctx.mark()
    await ctx.controller.failNext(3, 'http')
    await ctx.reload()
    checkPublished(ctx, 'restoreFailed', mark)
    checkNotPublished(ctx, 'restored', mark)
  }),
  event(
    'restoredOffline',
    'MUST',
    'restoredOffline is published when the restore finds the chat server offline',
    async (ctx) => {
      await ctx.startChat()
      const mark = ctx.mark()
      await ctx.controller.goOffline()
      await ctx.reload()
      checkPublished(ctx, 'restoredOffline', mark)
      await ctx.controller.goOnline()
    },
    {
      // Catalog: requiresCapability offlineEvents, gms-v2 only (real-widget.md §3.3, §3.6). Only a transport
      // that tells "chat server offline" apart from other failures knows this situation; elsewhere the
      // restore must still say what happened: restoredOffline or restoreFailed.
      applies: needs('offlineEvents', async (ctx) => {
        await ctx.startChat()
        const mark = ctx.mark()
        await ctx.controller.goOffline()
        await ctx.reload()
        const told = ctx
          .eventsSince(mark)
          .find((e) => e.name === 'restoredOffline' || e.name === 'restoreFailed')
        check(
          told !== undefined,
          'a restore against an offline server published neither restoredOffline nor restoreFailed',
        )
        ctx.note(`restore with the chat server offline published ${told.name}`)
        await ctx.controller.goOnline()
      }),
    },
  ),
  event(
    'messageReceived',
    'MUST',
    'messageReceived carries {originalMessages, messages, restoring, sessionData}',
    async (ctx) => {
      await ctx.startChat()
      await ctx.controller.agentJoin()
      const mark = ctx.mark()
      await ctx.controller.agentSay('hello there')
      await ctx.advance(6_000)
      const e = ctx
        .eventsSince(mark)
        .find((x) => x.name === 'messageReceived' && JSON.stringify(x.payload).includes('hello there'))
      check(e !== undefined, 'no messageReceived carried the agent message')
      const p = e.payload as Record<string, unknown>
      for (const k of ['originalMessages', 'messages', 'restoring', 'sessionData'])
        check(k in p, `payload has no '${k}'`)
      check(Array.isArray(p.messages), 'messages is not an array')
      checkEqual(p.restoring, false, 'restoring')
    },
  ),
]
