import { check, checkEqual, checkPublished, checkRejected, checkResolved } from '../check.js'
import type { ConformanceCase } from '../conformance-case.js'
import { documentedText, resolution } from './case-helpers.js'

const SELF = 'WebChatService'

/** restore rows: a page load restores a stored session; the private command's refusals. */
export const restoreCases: readonly ConformanceCase[] = [
  resolution(
    'restore.resolved',
    'MUST',
    'a page load finds the stored session and restores it',
    async (ctx) => {
      await ctx.startChat()
      await ctx.controller.agentJoin()
      await ctx.controller.agentSay('before reload')
      await ctx.advance(5_000)
      const mark = ctx.mark()
      await ctx.reload()
      checkPublished(ctx, 'restored', mark)
      ctx.note(
        'restore resolution observed through the restore WebChatService runs at start-up (restored published)',
      )
      const t = checkResolved(await ctx.command('getTranscript'), 'getTranscript') as { messages?: unknown[] }
      check(
        JSON.stringify(t?.messages ?? []).includes('before reload'),
        'the restored transcript lacks earlier messages',
      )
      checkResolved(
        await ctx.command('sendMessage', { message: 'after reload' }),
        'sendMessage after restore',
      )
    },
  ),
  resolution('restore.rejected.not-found', 'MUST', 'restore with no stored session rejects', async (ctx) => {
    const s = await ctx.commandAs(SELF, 'restore')
    checkEqual(checkRejected(s, 'restore'), undefined, 'restore rejection value (n/a)')
  }),
  resolution('restore.rejected.in-progress', 'MUST', 'restore while a restore runs rejects', async (ctx) => {
    await ctx.startChat()
    await ctx.reload({}, { waitForInit: false })
    const s = await ctx.commandAs(SELF, 'restore')
    checkRejected(s, 'restore during the start-up restore', documentedText('restore.rejected.in-progress'))
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
