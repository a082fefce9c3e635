import {
  check,
  checkEqual,
  checkNotPublished,
  checkParticipantPayload,
  checkPublished,
  published,
} from '../check.js'
import type { CaseContext, ConformanceCase } from '../conformance-case.js'
import { event, needs } from './case-helpers.js'
import { join, leave } from './session-event-cases.js'

const participantEvent = (
  name: string,
  role: 'Agent' | 'Supervisor' | 'Bot',
  leaving: boolean,
  count: number,
) =>
  event(name, 'MUST', `${name} is published with {message, agents, numAgentsConnected}`, async (ctx) => {
    const mark = leaving ? await leave(ctx, role) : await join(ctx, role)
    const e = checkPublished(ctx, name, mark)
    checkParticipantPayload(e.payload, name)
    checkEqual(
      (e.payload as { numAgentsConnected: number }).numAgentsConnected,
      count,
      `${name} numAgentsConnected`,
    )
  })

const BOT_LINE = 'a line from the bot'

/**
 * The precondition of the n/a branch: a bot really joined (and, when `leaving`, left) the session;
 * a messageReceived carrying the bot's line after the mark proves the bot party was there.
 */
async function botSpeaks(ctx: CaseContext, leaving: boolean): Promise<number> {
  await ctx.startChat()
  const mark = ctx.mark()
  await ctx.controller.agentJoin('Bot')
  await ctx.advance(6_000)
  await ctx.controller.agentSay(BOT_LINE, 'Bot')
  await ctx.advance(6_000)
  if (leaving) {
    await ctx.controller.agentLeave('Bot')
    await ctx.advance(6_000)
  }
  const spoke = published(ctx, 'messageReceived', mark).some((e) =>
    JSON.stringify(e.payload).includes(BOT_LINE),
  )
  check(
    spoke,
    `precondition: no messageReceived after the bot joined carried its line ${JSON.stringify(BOT_LINE)}`,
  )
  return mark
}

/** The v2-only events: on a transport without them, the same situation publishes nothing of the kind. */
const botEvent = (name: string, leaving: boolean) => ({
  ...participantEvent(name, 'Bot', leaving, 0),
  title: `${name} is published when a bot ${leaving ? 'leaves' : 'joins'}`,
  run: async (ctx: CaseContext) => {
    const mark = leaving ? await leave(ctx, 'Bot') : await join(ctx, 'Bot')
    const e = checkPublished(ctx, name, mark)
    checkParticipantPayload(e.payload, name)
  },
  applies: needs('botEvents', async (ctx: CaseContext) => {
    const mark = await botSpeaks(ctx, leaving)
    checkNotPublished(ctx, name, mark)
    ctx.note(`a bot ${leaving ? 'left' : 'joined'} and spoke; ${name} was not published`)
  }),
})

/** The connected/disconnected family. */
export const participantEventCases: readonly ConformanceCase[] = [
  event(
    'clientConnected',
    'MUST',
    'clientConnected is published when the client joins its session',
    async (ctx) => {
      const mark = ctx.mark()
      await ctx.startChat()
      await ctx.advance(6_000)
      checkParticipantPayload(checkPublished(ctx, 'clientConnected', mark).payload, 'clientConnected')
    },
  ),
  event(
    'clientDisconnected',
    'MUST',
    'clientDisconnected is published when the client leaves',
    async (ctx) => {
      await ctx.startChat()
      const mark = ctx.mark()
      await ctx.command('endChat')
      checkParticipantPayload(checkPublished(ctx, 'clientDisconnected', mark).payload, 'clientDisconnected')
    },
  ),
  participantEvent('agentConnected', 'Agent', false, 1),
  participantEvent('agentDisconnected', 'Agent', true, 0),
  participantEvent('supervisorConnected', 'Supervisor', false, 1),
  participantEvent('supervisorDisconnected', 'Supervisor', true, 0),
  botEvent('botConnected', false),
  botEvent('botDisconnected', true),
]
