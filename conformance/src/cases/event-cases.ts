import {
  check,
  checkAjaxResponse,
  checkEqual,
  checkNotPublished,
  checkParticipantPayload,
  checkPublished,
} from '../check.js'
import type { CaseContext, ConformanceCase } from '../conformance-case.js'
import { event, needs } from './case-helpers.js'

/** Joins `role`, returns the mark before the join. */
async function join(ctx: CaseContext, role: 'Agent' | 'Supervisor' | 'Bot'): Promise<number> {
  await ctx.startChat()
  const mark = ctx.mark()
  await ctx.controller.agentJoin(role)
  await ctx.advance(6_000)
  return mark
}

async function leave(ctx: CaseContext, role: 'Agent' | 'Supervisor' | 'Bot'): Promise<number> {
  await join(ctx, role)
  const mark = ctx.mark()
  await ctx.controller.agentLeave(role)
  await ctx.advance(6_000)
  return mark
}

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
    const mark = leaving ? await leave(ctx, 'Bot') : await join(ctx, 'Bot')
    checkNotPublished(ctx, name, mark)
    ctx.note(`a bot ${leaving ? 'left' : 'joined'}; ${name} was not published`)
  }),
})

/** Poll failures past pollExceptionLimit (2), then recovery. */
async function serverOffline(ctx: CaseContext, recover: boolean): Promise<number> {
  await ctx.startChat()
  const mark = ctx.mark()
  await ctx.controller.failNext(4, 'server-retryable')
  await ctx.advance(30_000)
  if (recover) await ctx.advance(10_000)
  return mark
}

const offlineEvent = (name: string, recover: boolean, title: string) =>
  event(
    name,
    'MUST',
    title,
    async (ctx) => {
      const mark = await serverOffline(ctx, recover)
      checkPublished(ctx, name, mark)
    },
    {
      settings: { pollExceptionLimit: 2 },
      applies: needs('offlineEvents', async (ctx) => {
        const mark = await serverOffline(ctx, recover)
        checkNotPublished(ctx, name, mark)
        ctx.note(`poll exceptions past the limit; ${name} was not published`)
      }),
    },
  )

/** One case per catalog event. */
export const eventCases: readonly ConformanceCase[] = [
  event('ready', 'MUST', 'ready is published once WebChatService is initialised', async (ctx) => {
    checkPublished(ctx, 'ready')
  }),
  event('restored', 'MUST', 'restored is published when a page load restores the session', async (ctx) => {
    await ctx.startChat()
    const mark = ctx.mark()
    await ctx.reload()
    checkPublished(ctx, 'restored', mark)
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
      // Only a transport that tells "chat server offline" apart from other failures (offlineEvents) knows
      // this situation; elsewhere the restore must still say what happened: restoredOffline or restoreFailed.
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
    check(typeof e.payload === 'object' && e.payload !== null, 'started payload is not an object')
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
    checkPublished(ctx, 'agentTypingStarted', mark)
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
      checkPublished(ctx, 'agentTypingStopped', mark)
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
  event('disconnected', 'MUST', 'disconnected is published when polls get no response', async (ctx) => {
    await ctx.startChat()
    const mark = ctx.mark()
    await ctx.controller.failNext(2, 'network')
    await ctx.advance(15_000)
    checkPublished(ctx, 'disconnected', mark)
  }),
  event(
    'reconnected',
    'MUST',
    'reconnected is published after disconnected, once a poll succeeds',
    async (ctx) => {
      await ctx.startChat()
      const mark = ctx.mark()
      await ctx.controller.failNext(2, 'network')
      await ctx.advance(20_000)
      const d = checkPublished(ctx, 'disconnected', mark)
      const r = checkPublished(ctx, 'reconnected', mark)
      check(r.at >= d.at, 'reconnected came before disconnected')
    },
  ),
  offlineEvent(
    'chatServerWentOffline',
    false,
    'chatServerWentOffline is published once poll exceptions exceed pollExceptionLimit',
  ),
  offlineEvent('chatServerBackOnline', true, 'chatServerBackOnline is published when polls succeed again'),
  offlineEvent(
    'connectionPending',
    false,
    'connectionPending is published while reconnecting, before going offline',
  ),
  event(
    'connectionRestored',
    'MUST',
    'connectionRestored is published when polls succeed again, with chatServerBackOnline where that exists',
    async (ctx) => {
      await ctx.startChat()
      const mark = ctx.mark()
      await ctx.controller.failNext(4, 'server-retryable')
      await ctx.advance(40_000)
      const restored = checkPublished(ctx, 'connectionRestored', mark)
      if (ctx.capabilities.offlineEvents) {
        const back = checkPublished(ctx, 'chatServerBackOnline', mark)
        checkEqual(restored.at, back.at, 'connectionRestored time vs chatServerBackOnline time')
      }
    },
    { settings: { pollExceptionLimit: 2 } },
  ),
]
