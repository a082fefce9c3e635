import { checkAjaxResponse, checkPublished, isSuccessStatus } from '../check.js'
import type { CaseContext, ConformanceCase } from '../conformance-case.js'
import { event } from './case-helpers.js'

/** Joins `role`, returns the mark before the join. */
export async function join(ctx: CaseContext, role: 'Agent' | 'Supervisor' | 'Bot'): Promise<number> {
  await ctx.startChat()
  const mark = ctx.mark()
  await ctx.controller.agentJoin(role)
  await ctx.advance(6_000)
  return mark
}

export async function leave(ctx: CaseContext, role: 'Agent' | 'Supervisor' | 'Bot'): Promise<number> {
  await join(ctx, role)
  const mark = ctx.mark()
  await ctx.controller.agentLeave(role)
  await ctx.advance(6_000)
  return mark
}

/** error, started, ended, typing and polling events. */
export const sessionEventCases: readonly ConformanceCase[] = [
  event('error', 'MUST', 'error is published with the AJAX Response when a request fails', async (ctx) => {
    await ctx.controller.failNext(1, 'http')
    const mark = ctx.mark()
    await ctx.command('startChat', { nickname: 'Jonny' })
    const e = checkPublished(ctx, 'error', mark)
    checkAjaxResponse(e.payload, 'error payload')
  }),
  event('started', 'MUST', 'started is published when the session starts', async (ctx) => {
    const mark = ctx.mark()
    await ctx.startChat()
    const e = checkPublished(ctx, 'started', mark)
    // seed: "(AJAX Response containing session data)"
    checkAjaxResponse(e.payload, 'started payload', isSuccessStatus)
  }),
  event(
    'ended',
    'MUST',
    'ended is published when the session ends (client side and server side)',
    async (ctx) => {
      await ctx.startChat()
      let mark = ctx.mark()
      await ctx.command('endChat')
      checkPublished(ctx, 'ended', mark)
      await ctx.startChat()
      mark = ctx.mark()
      await ctx.controller.endSession()
      await ctx.advance(6_000)
      checkPublished(ctx, 'ended', mark)
    },
  ),
  event('agentTypingStarted', 'MUST', 'agentTypingStarted is published when the agent types', async (ctx) => {
    await join(ctx, 'Agent')
    const mark = ctx.mark()
    await ctx.controller.agentTyping(true)
    await ctx.advance(6_000)
    checkAjaxResponse(checkPublished(ctx, 'agentTypingStarted', mark).payload, 'agentTypingStarted payload')
  }),
  event(
    'agentTypingStopped',
    'MUST',
    'agentTypingStopped is published when the agent stops typing',
    async (ctx) => {
      await join(ctx, 'Agent')
      await ctx.controller.agentTyping(true)
      await ctx.advance(6_000)
      const mark = ctx.mark()
      await ctx.controller.agentTyping(false)
      await ctx.advance(6_000)
      checkAjaxResponse(checkPublished(ctx, 'agentTypingStopped', mark).payload, 'agentTypingStopped payload')
    },
  ),
  event(
    'pollingStarted',
    'MUST',
    'pollingStarted is published when automatic polling starts',
    async (ctx) => {
      const mark = ctx.mark()
      await ctx.startChat()
      checkPublished(ctx, 'pollingStarted', mark)
    },
  ),
  event('pollingStopped', 'MUST', 'pollingStopped is published when automatic polling stops', async (ctx) => {
    await ctx.startChat()
    const mark = ctx.mark()
    await ctx.command('endChat')
    checkPublished(ctx, 'pollingStopped', mark)
  }),
  event(
    'clientTypingStarted',
    'MUST',
    'clientTypingStarted is published when sendTyping starts a burst',
    async (ctx) => {
      await ctx.startChat()
      const mark = ctx.mark()
      await ctx.command('sendTyping', { message: 'he' })
      checkPublished(ctx, 'clientTypingStarted', mark)
    },
  ),
  event(
    'clientTypingStopped',
    'MUST',
    'clientTypingStopped is published when the typing burst ends',
    async (ctx) => {
      await ctx.startChat()
      const mark = ctx.mark()
      await ctx.command('sendTyping', { message: 'he' })
      await ctx.advance(5_000)
      checkPublished(ctx, 'clientTypingStopped', mark)
    },
  ),
]
