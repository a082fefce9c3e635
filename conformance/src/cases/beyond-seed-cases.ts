import { check, checkAjaxResponse, checkEqual, checkRejected, checkResolved } from '../check.js'
import type { CaseContext, ConformanceCase } from '../conformance-case.js'
import {
  documentedText,
  event,
  lacks,
  needs,
  onlyOn,
  rejectsAsUnsupported,
  resolution,
  resolvesWhenSupported,
} from './case-helpers.js'

const unsupported = rejectsAsUnsupported('getFileLimits.rejected.not-supported', 'getFileLimits')

/**
 * Commands the original WebChatService has beyond the seed (real-widget.md §3.2): integrations call them,
 * so the suite runs them, at SHOULD level; they are not part of the seed's coverage gate.
 */
export const beyondSeedCases: readonly ConformanceCase[] = [
  resolution(
    'getFileLimits.resolved',
    'SHOULD',
    'getFileLimits resolves with the server limits reply as raw JSON text, as the original does',
    async (ctx) => {
      await ctx.startChat()
      const value = checkResolved(await ctx.command('getFileLimits'), 'getFileLimits')
      check(typeof value === 'string', `getFileLimits resolved with ${typeof value}, not the reply's text`)
      let parsed: unknown
      try {
        parsed = JSON.parse(value as string)
      } catch {
        check(false, `getFileLimits resolved with text that is not JSON: ${String(value).slice(0, 80)}`)
      }
      check(typeof parsed === 'object' && parsed !== null, 'the limits reply is not a JSON object')
    },
    { applies: needs('fileLimits', unsupported) },
  ),
  resolution(
    'getFileLimits.rejected.ajax-exception',
    'SHOULD',
    'getFileLimits with no chat open rejects with the AJAX Response Object of the refused call',
    async (ctx) => {
      const s = await ctx.command('getFileLimits')
      checkAjaxResponse(checkRejected(s, 'getFileLimits with no chat'), 'getFileLimits rejection')
    },
    { applies: needs('fileLimits', unsupported) },
  ),
  resolution(
    'getFileLimits.rejected.not-supported',
    'SHOULD',
    'getFileLimits on a transport without file limits rejects with the documented text',
    async (ctx) => {
      await ctx.startChat()
      const s = await ctx.command('getFileLimits')
      checkRejected(s, 'getFileLimits', documentedText('getFileLimits.rejected.not-supported'))
    },
    { applies: lacks('fileLimits', resolvesWhenSupported('getFileLimits')) },
  ),
  resolution(
    'verifySession.resolved',
    'SHOULD',
    'verifySession resolves {sessionActive} without asking the server: false before a chat, true during one',
    async (ctx) => {
      const before = checkResolved(await ctx.command('verifySession'), 'verifySession before a chat')
      checkEqual(before, { sessionActive: false }, 'verifySession before a chat')
      await ctx.startChat()
      const during = checkResolved(await ctx.command('verifySession'), 'verifySession during a chat')
      checkEqual(during, { sessionActive: true }, 'verifySession during a chat')
    },
  ),
  resolution(
    'sleep.resolved',
    'SHOULD',
    'sleep resolves with nothing, and without sleepEnabled it changes nothing (no sleeping)',
    async (ctx) => {
      await ctx.startChat()
      const mark = ctx.mark()
      checkEqual(checkResolved(await ctx.command('sleep'), 'sleep'), undefined, 'sleep value')
      const names = ctx.eventsSince(mark).map((e) => e.name)
      check(!names.includes('sleeping'), 'sleep published sleeping although sleepEnabled is off')
    },
  ),
  event(
    'sleeping',
    'SHOULD',
    'with sleepEnabled, sleep during a chat publishes sleeping once; a second sleep publishes nothing',
    async (ctx) => {
      await ctx.startChat()
      const mark = ctx.mark()
      checkResolved(await ctx.command('sleep'), 'sleep')
      checkResolved(await ctx.command('sleep'), 'sleep again')
      const names = ctx.eventsSince(mark).map((e) => e.name)
      checkEqual(names.filter((n) => n === 'sleeping').length, 1, 'sleeping published')
    },
    { settings: { sleepEnabled: true } },
  ),
  resolution('wake.resolved', 'SHOULD', 'wake resolves with nothing, asleep or not', async (ctx) => {
    await ctx.startChat()
    checkEqual(checkResolved(await ctx.command('wake'), 'wake awake'), undefined, 'wake value')
    checkResolved(await ctx.command('wake', { resetIdleState: true }), 'wake with resetIdleState')
  }),
  event(
    'waking',
    'SHOULD',
    'with sleepEnabled, wake after sleep publishes waking, and a message sent after it still goes out',
    async (ctx) => {
      await ctx.startChat()
      checkResolved(await ctx.command('sleep'), 'sleep')
      const mark = ctx.mark()
      checkResolved(await ctx.command('wake'), 'wake')
      await ctx.waitForEvent('waking', { since: mark, within: 1_000 })
      checkResolved(await ctx.command('sendMessage', { message: 'awake' }), 'sendMessage after wake')
    },
    { settings: { sleepEnabled: true } },
  ),
  resolution(
    'pausePoll.resolved',
    'SHOULD',
    'pausePoll stops polling until startPoll: an agent message waits for it',
    pausesPolling,
    { applies: onlyOn('nexus-v3', pausesPolling) },
  ),
]

/** pausePoll during a chat: pollingStopped, no message while paused, then startPoll brings it. */
async function pausesPolling(ctx: CaseContext): Promise<void> {
  await ctx.startChat()
  const mark = ctx.mark()
  checkEqual(checkResolved(await ctx.command('pausePoll'), 'pausePoll'), undefined, 'pausePoll value')
  await ctx.waitForEvent('pollingStopped', { since: mark, within: 1_000 })
  await ctx.controller.agentJoin()
  await ctx.controller.agentSay('while paused')
  await ctx.advance(10_000)
  const early = ctx.eventsSince(mark).some((e) => e.name === 'messageReceived')
  check(!early, 'a message arrived while polling was paused')
  checkResolved(await ctx.command('startPoll'), 'startPoll')
  await ctx.waitForEvent('messageReceived', { since: mark, within: 10_000 })
}
