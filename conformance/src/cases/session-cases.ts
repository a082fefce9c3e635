import {
  check,
  checkAjaxResponse,
  checkNotPublished,
  checkPublished,
  checkRejected,
  checkResolved,
  isSuccessStatus,
} from '../check.js'
import type { ConformanceCase } from '../conformance-case.js'
import { documentedText, resolution } from './case-helpers.js'

/** startChat and endChat rows. */
export const sessionCases: readonly ConformanceCase[] = [
  resolution(
    'startChat.resolved',
    'MUST',
    'startChat resolves with the AJAX Response Object',
    async (ctx) => {
      const s = await ctx.command('startChat', {
        nickname: 'Jonny',
        firstname: 'Johnathan',
        lastname: 'Smith',
        email: 'jon.smith@mail.com',
        subject: 'product questions',
        userData: {},
      })
      checkAjaxResponse(checkResolved(s, 'startChat'), 'startChat', isSuccessStatus)
      checkPublished(ctx, 'started')
    },
  ),
  resolution(
    'startChat.rejected.already-active',
    'MUST',
    'a second startChat with a chat open rejects',
    async (ctx) => {
      await ctx.startChat()
      checkRejected(
        await ctx.command('startChat', {}),
        'second startChat',
        documentedText('startChat.rejected.already-active'),
      )
    },
  ),
  resolution(
    'startChat.rejected.ajax-exception',
    'MUST',
    'startChat rejects with the AJAX Response Object when the request gets no response',
    async (ctx) => {
      await ctx.controller.failNext(1, 'network')
      const v = checkRejected(await ctx.command('startChat', { nickname: 'Jonny' }), 'startChat')
      checkAjaxResponse(v, 'startChat rejection', (status) => status === 0)
      const after = await ctx.command('startChat', { nickname: 'Jonny' })
      checkResolved(after, 'startChat after the failure (no session may be left half-open)')
    },
  ),
  resolution(
    'startChat.rejected.server-exception',
    'MUST',
    'startChat rejects with the AJAX Response Object when the server reports a failure',
    async (ctx) => {
      await ctx.controller.failNext(1, 'server-fatal')
      const v = checkRejected(await ctx.command('startChat', { nickname: 'Jonny' }), 'startChat')
      checkAjaxResponse(v, 'startChat rejection', (status) => status !== 0)
      ctx.note(`rejected with an AJAX Response Object of status ${(v as { status: number }).status}`)
      checkNotPublished(ctx, 'started')
    },
  ),
  resolution(
    'startChat.rejected.invalid-user-data',
    'MUST',
    'startChat with a userData that is not an object rejects',
    async (ctx) => {
      const s = await ctx.command('startChat', { nickname: 'Jonny', userData: 'not an object' })
      checkRejected(s, 'startChat', documentedText('startChat.rejected.invalid-user-data'))
    },
  ),
  resolution('endChat.resolved', 'MUST', 'endChat ends the open session and resolves', async (ctx) => {
    await ctx.startChat()
    const mark = ctx.mark()
    checkAjaxResponse(checkResolved(await ctx.command('endChat'), 'endChat'), 'endChat', isSuccessStatus)
    checkPublished(ctx, 'ended', mark)
    await ctx.advance(2_000)
    check((await ctx.controller.inspect()).ended, 'the server still holds the session open after endChat')
  }),
  resolution(
    'endChat.rejected.no-active-session',
    'MUST',
    'endChat with no chat open rejects',
    async (ctx) => {
      checkRejected(
        await ctx.command('endChat'),
        'endChat',
        documentedText('endChat.rejected.no-active-session'),
      )
    },
  ),
]
