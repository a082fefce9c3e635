import { SELF } from '../case-harness.js'
import {
  check,
  checkEqual,
  checkNotPublished,
  checkPublished,
  checkRejected,
  checkResolved,
} from '../check.js'
import type { CaseContext, ConformanceCase } from '../conformance-case.js'
import {
  documentedText,
  lacks,
  needs,
  rejectsAsUnsupported,
  resolution,
  resolvesWhenSupported,
} from './case-helpers.js'

/**
 * Stops automatic polling and lets a poll already in flight finish (a long-poll transport always has
 * one parked at the server), so the private poll under test is the only one.
 */
async function quietPolling(ctx: CaseContext): Promise<void> {
  await ctx.startChat()
  checkResolved(await ctx.command('stopPoll'), 'precondition stopPoll')
  await ctx.advance(5_000)
}

const noPolling = (command: string, row: string, caller?: string) => async (ctx: CaseContext) => {
  await ctx.startChat()
  const s = caller === undefined ? await ctx.command(command) : await ctx.commandAs(caller, command)
  checkRejected(s, command, documentedText(row))
}

/** pollExceptionLimit of the resetPollExceptions case: 2·(limit−1) failures exceed it. */
const RESET_LIMIT = 4

/** `count` polls issued by WebChatService itself, one after the other (each meets a planned failure). */
async function failPolls(ctx: CaseContext, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const s = await ctx.commandAs(SELF, 'poll')
    check(s.status !== 'pending', `precondition: failing poll ${i + 1} never settled`)
  }
}

/** poll, startPoll, stopPoll and resetPollExceptions rows. */
export const pollingCases: readonly ConformanceCase[] = [
  resolution(
    'poll.resolved',
    'MUST',
    'poll from WebChatService itself resolves with an active session',
    async (ctx) => {
      await quietPolling(ctx)
      checkEqual(checkResolved(await ctx.commandAs(SELF, 'poll'), 'poll'), undefined, 'poll value (n/a)')
    },
    { applies: needs('polling', noPolling('poll', 'poll.rejected.not-supported', SELF)) },
  ),
  resolution('poll.rejected.access-denied', 'MUST', 'poll from another plugin is refused', async (ctx) => {
    await ctx.startChat()
    checkRejected(await ctx.command('poll'), 'poll', documentedText('poll.rejected.access-denied'))
  }),
  resolution(
    'poll.rejected.previous-poll-pending',
    'MUST',
    'a poll while another is in flight is refused',
    async (ctx) => {
      await quietPolling(ctx)
      const [first, second] = await ctx.commandAll([
        { caller: SELF, name: 'poll' },
        { caller: SELF, name: 'poll' },
      ])
      checkResolved(first ?? { status: 'pending', value: undefined }, 'first poll')
      checkRejected(
        second ?? { status: 'pending', value: undefined },
        'overlapping poll',
        documentedText('poll.rejected.previous-poll-pending'),
      )
    },
    { applies: needs('polling') },
  ),
  resolution(
    'poll.rejected.not-supported',
    'MUST',
    'a transport without polling rejects poll with the documented text',
    noPolling('poll', 'poll.rejected.not-supported', SELF),
    {
      applies: lacks('polling', async (ctx) => {
        await quietPolling(ctx)
        checkResolved(await ctx.commandAs(SELF, 'poll'), 'poll')
        ctx.note('poll resolved, as a transport that supports it must')
      }),
    },
  ),
  resolution(
    'startPoll.resolved',
    'MUST',
    'startPoll restarts automatic polling',
    async (ctx) => {
      await ctx.startChat()
      checkResolved(await ctx.command('stopPoll'), 'stopPoll')
      const mark = ctx.mark()
      checkEqual(
        checkResolved(await ctx.command('startPoll'), 'startPoll'),
        undefined,
        'startPoll value (n/a)',
      )
      checkPublished(ctx, 'pollingStarted', mark)
      await ctx.controller.agentJoin()
      await ctx.controller.agentSay('after restart')
      await ctx.waitForEvent('messageReceived', { since: mark, within: 10_000 })
    },
    { applies: needs('polling', noPolling('startPoll', 'startPoll.rejected.not-supported')) },
  ),
  resolution(
    'startPoll.rejected.no-active-session',
    'MUST',
    'startPoll with no chat open rejects',
    async (ctx) => {
      checkRejected(
        await ctx.command('startPoll'),
        'startPoll',
        documentedText('startPoll.rejected.no-active-session'),
      )
    },
  ),
  resolution(
    'startPoll.rejected.not-supported',
    'MUST',
    'a transport without polling rejects startPoll with the documented text',
    noPolling('startPoll', 'startPoll.rejected.not-supported'),
    { applies: lacks('polling', resolvesWhenSupported('startPoll')) },
  ),
  resolution(
    'stopPoll.resolved',
    'MUST',
    'stopPoll stops automatic polling',
    async (ctx) => {
      await ctx.startChat()
      const mark = ctx.mark()
      checkEqual(checkResolved(await ctx.command('stopPoll'), 'stopPoll'), undefined, 'stopPoll value (n/a)')
      checkPublished(ctx, 'pollingStopped', mark)
      // A poll already in flight may still deliver; what must stop is the automatic polling after it.
      await ctx.advance(5_000)
      const quiet = ctx.mark()
      await ctx.controller.agentJoin()
      await ctx.controller.agentSay('while stopped')
      await ctx.advance(20_000)
      const got = ctx.eventsSince(quiet).filter((e) => e.name === 'messageReceived')
      checkEqual(got.length, 0, 'messageReceived while polling is stopped')
    },
    { applies: needs('polling', noPolling('stopPoll', 'stopPoll.rejected.not-supported')) },
  ),
  resolution(
    'stopPoll.rejected.no-active-session',
    'MUST',
    'stopPoll with no chat open rejects',
    async (ctx) => {
      checkRejected(
        await ctx.command('stopPoll'),
        'stopPoll',
        documentedText('stopPoll.rejected.no-active-session'),
      )
    },
  ),
  resolution(
    'stopPoll.rejected.not-supported',
    'MUST',
    'a transport without polling rejects stopPoll with the documented text',
    noPolling('stopPoll', 'stopPoll.rejected.not-supported'),
    { applies: lacks('polling', resolvesWhenSupported('stopPoll')) },
  ),
  resolution(
    'resetPollExceptions.resolved',
    'MUST',
    'resetPollExceptions resolves',
    async (ctx) => {
      checkEqual(
        checkResolved(await ctx.command('resetPollExceptions'), 'resetPollExceptions'),
        undefined,
        'value (n/a)',
      )
      await ctx.startChat()
      if (!ctx.capabilities.offlineEvents) {
        checkResolved(await ctx.command('resetPollExceptions'), 'resetPollExceptions during a chat')
        ctx.note(
          'without offlineEvents the exception count cannot be observed; only the resolution was checked',
        )
        return
      }
      // The count is reset: limit−1 failed polls, reset, limit−1 more stay under the limit (without the
      // reset, 2·(limit−1) > limit successive exceptions would publish chatServerWentOffline). Polls are
      // driven one by one (automatic polling stopped), so no successful poll clears the count in between.
      checkResolved(await ctx.command('stopPoll'), 'precondition stopPoll')
      await ctx.advance(5_000)
      await ctx.controller.failNext(2 * (RESET_LIMIT - 1), 'server-retryable')
      const mark = ctx.mark()
      await failPolls(ctx, RESET_LIMIT - 1)
      checkPublished(ctx, 'connectionPending', mark)
      checkResolved(await ctx.command('resetPollExceptions'), 'resetPollExceptions during a chat')
      await failPolls(ctx, RESET_LIMIT - 1)
      checkNotPublished(ctx, 'chatServerWentOffline', mark)
    },
    {
      settings: { pollExceptionLimit: RESET_LIMIT },
      applies: needs(
        'pollExceptionReset',
        rejectsAsUnsupported('resetPollExceptions.rejected.not-supported', 'resetPollExceptions'),
      ),
    },
  ),
  resolution(
    'resetPollExceptions.rejected.not-supported',
    'MUST',
    'a transport without poll-exception reset rejects with the documented text',
    rejectsAsUnsupported('resetPollExceptions.rejected.not-supported', 'resetPollExceptions'),
    { applies: lacks('pollExceptionReset', resolvesWhenSupported('resetPollExceptions')) },
  ),
]
