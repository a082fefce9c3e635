import { SELF } from '../case-harness.js'
import { check, checkEqual, checkPublished, checkRejected, checkResolved } from '../check.js'
import type { ConformanceCase } from '../conformance-case.js'
import { documentedText, resolution } from './case-helpers.js'

/** restore rows: the private command run by WebChatService itself, and its refusals. */
export const restoreCases: readonly ConformanceCase[] = [
  resolution('restore.resolved', 'MUST', 'restore finds the stored session and restores it', async (ctx) => {
    await ctx.startChat()
    await ctx.controller.agentJoin()
    await ctx.controller.agentSay('before reload')
    await ctx.advance(5_000)
    // The start-up restore of the new page fails (the stored session is kept): restore then finds it.
    await ctx.controller.failNext(1, 'http')
    await ctx.reload()
    const mark = ctx.mark()
    const s = await ctx.commandAs(SELF, 'restore')
    checkEqual(checkResolved(s, 'restore'), undefined, 'restore value (n/a)')
    checkPublished(ctx, 'restored', mark)
    const t = checkResolved(await ctx.command('getTranscript'), 'getTranscript') as { messages?: unknown[] }
    check(
      JSON.stringify(t?.messages ?? []).includes('before reload'),
      'the restored transcript lacks earlier messages',
    )
    checkResolved(await ctx.command('sendMessage', { message: 'after reload' }), 'sendMessage after restore')
  }),
  resolution('restore.rejected.not-found', 'MUST', 'restore with no stored session rejects', async (ctx) => {
    const s = await ctx.commandAs(SELF, 'restore')
    checkEqual(checkRejected(s, 'restore'), undefined, 'restore rejection value (n/a)')
  }),
  resolution('restore.rejected.in-progress', 'MUST', 'restore while a restore runs rejects', async (ctx) => {
    await ctx.startChat()
    // The start-up restore fails (the stored session is kept), so two later restores find one to run.
    await ctx.controller.failNext(1, 'http')
    await ctx.reload()
    const [first, second] = await ctx.commandAll([
      { caller: SELF, name: 'restore' },
      { caller: SELF, name: 'restore' },
    ])
    checkResolved(first ?? { status: 'pending', value: undefined }, 'first restore')
    const text = documentedText('restore.rejected.in-progress')
    checkRejected(second ?? { status: 'pending', value: undefined }, 'overlapping restore', text)
  }),
  resolution('restore.rejected.already-active', 'MUST', 'restore with a chat open rejects', async (ctx) => {
    await ctx.startChat()
    const s = await ctx.commandAs(SELF, 'restore')
    checkRejected(s, 'restore', documentedText('restore.rejected.already-active'))
  }),
  resolution(
    'restore.rejected.access-denied',
    'MUST',
    'restore from another plugin outside async mode is refused',
    async (ctx) => {
      checkRejected(await ctx.command('restore'), 'restore', documentedText('restore.rejected.access-denied'))
    },
  ),
]
