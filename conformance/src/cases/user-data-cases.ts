import {
  checkAjaxResponse,
  checkEqual,
  checkRejected,
  checkResolved,
  isFailureStatus,
  isSuccessStatus,
} from '../check.js'
import type { CaseContext, ConformanceCase } from '../conformance-case.js'
import { documentedText, lacks, needs, resolution } from './case-helpers.js'

const unsupported = async (ctx: CaseContext): Promise<void> => {
  await ctx.startChat()
  const s = await ctx.command('updateUserData', { firstname: 'Joe' })
  checkRejected(s, 'updateUserData', documentedText('updateUserData.rejected.not-supported'))
}

/** updateUserData rows. */
export const userDataCases: readonly ConformanceCase[] = [
  resolution(
    'updateUserData.resolved.sent',
    'MUST',
    'updateUserData during a session sends the data and resolves',
    async (ctx) => {
      await ctx.startChat()
      const s = await ctx.command('updateUserData', { firstname: 'Joe' })
      checkAjaxResponse(checkResolved(s, 'updateUserData'), 'updateUserData', isSuccessStatus)
      const view = await ctx.controller.inspect()
      checkEqual(view.userData.firstname, 'Joe', 'server userData.firstname')
    },
    { applies: needs('updateUserDataInSession', unsupported) },
  ),
  resolution(
    'updateUserData.rejected.ajax-exception',
    'MUST',
    'updateUserData during a session rejects with the AJAX Response Object when the request fails',
    async (ctx) => {
      await ctx.startChat()
      await ctx.controller.failNext(1, 'http')
      const s = await ctx.command('updateUserData', { firstname: 'Joe' })
      checkAjaxResponse(checkRejected(s, 'updateUserData'), 'rejection', isFailureStatus)
    },
    { applies: needs('updateUserDataInSession', unsupported) },
  ),
  resolution(
    'updateUserData.resolved.merged-before-session',
    'MUST',
    'updateUserData before a session merges into the userData sent at start',
    async (ctx) => {
      const s = await ctx.command('updateUserData', { firstname: 'Joe' })
      checkEqual(
        checkResolved(s, 'updateUserData'),
        { source: 'config', firstname: 'Joe' },
        'merged userData',
      )
      await ctx.startChat({ nickname: 'Joe' })
      const view = await ctx.controller.inspect()
      checkEqual(view.userData.firstname, 'Joe', 'server userData.firstname after start')
      checkEqual(view.userData.source, 'config', 'server userData.source (from the configuration)')
    },
    { settings: { userData: { source: 'config' } } },
  ),
  resolution(
    'updateUserData.rejected.not-supported',
    'MUST',
    'a transport without in-session userData updates rejects with the documented text',
    unsupported,
    {
      applies: lacks('updateUserDataInSession', async (ctx) => {
        await ctx.startChat()
        checkResolved(await ctx.command('updateUserData', { firstname: 'Joe' }), 'updateUserData')
        ctx.note('updateUserData during a session resolved, as a transport that supports it must')
      }),
    },
  ),
]
