import {
  check,
  checkAjaxResponse,
  checkPublished,
  checkRejected,
  checkResolved,
  isFailureStatus,
  isSuccessStatus,
} from '../check.js'
import type { CaseContext, ConformanceCase } from '../conformance-case.js'
import type { CaseSettings } from '../target.js'
import { documentedText, needs, resolution } from './case-helpers.js'

/** Async mode with the integrator's storage: getSessionData hands the data out, setSessionData reads it back. */
function asyncSettings(): CaseSettings {
  let stored: unknown
  return {
    async: {
      enabled: true,
      getSessionData: (sessionData: unknown) => {
        stored = sessionData
      },
      setSessionData: () => stored,
      deleteSessionData: () => {
        stored = undefined
      },
    },
  }
}

/** An async chat with more history than one page, reopened on a new page (which restores the last page only). */
async function chatWithHistory(ctx: CaseContext, settings: CaseSettings): Promise<void> {
  await ctx.startChat()
  await ctx.controller.agentJoin()
  for (let i = 1; i <= 40; i++) await ctx.controller.agentSay(`history ${i}`)
  await ctx.advance(10_000)
  await ctx.reload(settings)
}

const needsHistory = needs('history', async (ctx) => {
  await ctx.startChat()
  const s = await ctx.command('fetchHistory')
  const text = documentedText('fetchHistory.rejected.not-async')
  checkRejected(s, 'fetchHistory', text)
  ctx.note(`fetchHistory rejected with the documented ${JSON.stringify(text)}`)
})

/** fetchHistory rows (async mode). */
export const historyCases: readonly ConformanceCase[] = [
  (() => {
    const settings = asyncSettings()
    return resolution(
      'fetchHistory.resolved',
      'MUST',
      'fetchHistory in async mode retrieves older messages and publishes them',
      async (ctx) => {
        await chatWithHistory(ctx, settings)
        const mark = ctx.mark()
        const s = await ctx.command('fetchHistory')
        checkAjaxResponse(checkResolved(s, 'fetchHistory'), 'fetchHistory', isSuccessStatus)
        const e = checkPublished(ctx, 'messageReceived', mark)
        check(
          JSON.stringify(e.payload).includes('history'),
          'messageReceived after fetchHistory holds no older messages',
        )
      },
      { settings, applies: needsHistory },
    )
  })(),
  (() => {
    const settings = asyncSettings()
    return resolution(
      'fetchHistory.rejected.request-failed',
      'MUST',
      'fetchHistory rejects with the AJAX Response Object when the request fails',
      async (ctx) => {
        await chatWithHistory(ctx, settings)
        await ctx.controller.failNext(1, 'http')
        checkAjaxResponse(
          checkRejected(await ctx.command('fetchHistory'), 'fetchHistory'),
          'rejection',
          isFailureStatus,
        )
      },
      { settings, applies: needsHistory },
    )
  })(),
  resolution(
    'fetchHistory.rejected.not-async',
    'MUST',
    'fetchHistory outside async mode rejects',
    async (ctx) => {
      await ctx.startChat()
      checkRejected(
        await ctx.command('fetchHistory'),
        'fetchHistory',
        documentedText('fetchHistory.rejected.not-async'),
      )
    },
  ),
  (() => {
    const settings = asyncSettings()
    return resolution(
      'fetchHistory.rejected.no-more-messages',
      'MUST',
      'fetchHistory with the whole transcript received rejects',
      async (ctx) => {
        await ctx.startChat()
        let last = await ctx.command('fetchHistory')
        for (let i = 0; i < 5 && last.status === 'resolved'; i++) last = await ctx.command('fetchHistory')
        checkRejected(last, 'fetchHistory', documentedText('fetchHistory.rejected.no-more-messages'))
      },
      { settings, applies: needsHistory },
    )
  })(),
]
