import { check, checkEqual, checkResolved } from '../check.js'
import type { ConformanceCase } from '../conformance-case.js'
import { onlyOn, resolution } from './case-helpers.js'

function agentList(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value as Record<string, unknown>[]
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>
    const inner = v.agents ?? v
    return Object.values(inner as Record<string, unknown>).filter(
      (x): x is Record<string, unknown> => typeof x === 'object' && x !== null,
    )
  }
  return []
}

function checkKeys(value: unknown, keys: readonly string[], what: string): void {
  check(typeof value === 'object' && value !== null, `${what} is not an object: ${JSON.stringify(value)}`)
  for (const k of keys) check(k in (value as object), `${what} has no '${k}': ${JSON.stringify(value)}`)
}

/** getTranscript, getAgents, getStats, getSessionData rows. */
export const queryCases: readonly ConformanceCase[] = [
  resolution(
    'getTranscript.resolved',
    'MUST',
    'getTranscript resolves with an object holding the messages',
    async (ctx) => {
      await ctx.startChat()
      await ctx.controller.agentJoin()
      await ctx.controller.agentSay('hello from Ava')
      await ctx.advance(6_000)
      const t = checkResolved(await ctx.command('getTranscript'), 'getTranscript') as { messages?: unknown }
      check(Array.isArray(t?.messages), `getTranscript value has no messages array: ${JSON.stringify(t)}`)
      check(JSON.stringify(t.messages).includes('hello from Ava'), 'the transcript lacks the agent message')
    },
  ),
  resolution('getAgents.resolved', 'MUST', 'getAgents lists the agents with their metadata', async (ctx) => {
    await ctx.startChat()
    await ctx.controller.agentJoin('Agent', 'Ava Agent')
    await ctx.waitForEvent('agentConnected', { within: 10_000 })
    const agents = agentList(checkResolved(await ctx.command('getAgents'), 'getAgents'))
    const ava = agents.find((a) => a.name === 'Ava Agent')
    check(ava !== undefined, `getAgents does not list Ava Agent: ${JSON.stringify(agents)}`)
    checkKeys(ava, ['name', 'connected', 'supervisor', 'connectedTime', 'disconnectedTime'], 'agent entry')
    checkEqual(ava.connected, true, 'agent connected')
    checkEqual(ava.supervisor, false, 'agent supervisor')
  }),
  resolution(
    'getStats.resolved',
    'MUST',
    'getStats resolves with agents, start/end time and duration',
    async (ctx) => {
      await ctx.startChat()
      await ctx.controller.agentJoin()
      await ctx.advance(5_000)
      const stats = checkResolved(await ctx.command('getStats'), 'getStats')
      checkKeys(stats, ['agents', 'startTime', 'endTime', 'duration'], 'getStats value')
      check(typeof (stats as { startTime: unknown }).startTime === 'number', 'startTime is not a number')
    },
  ),
  resolution(
    'getSessionData.resolved.gms-v2',
    'MUST',
    'getSessionData on GMS v2 resolves {secureKey, sessionID, alias, userId}',
    async (ctx) => {
      await ctx.startChat()
      const data = checkResolved(await ctx.command('getSessionData'), 'getSessionData')
      checkKeys(data, ['secureKey', 'sessionID', 'alias', 'userId'], 'getSessionData value')
    },
    { applies: onlyOn('gms-v2') },
  ),
  resolution(
    'getSessionData.resolved.nexus-v3',
    'MUST',
    'getSessionData on PureEngage v3 resolves {participantId, sessionId, token, transportId}',
    async (ctx) => {
      await ctx.startChat()
      const data = checkResolved(await ctx.command('getSessionData'), 'getSessionData')
      checkKeys(data, ['participantId', 'sessionId', 'token', 'transportId'], 'getSessionData value')
    },
    { applies: onlyOn('nexus-v3') },
  ),
  resolution(
    'getSessionData.rejected.never',
    'MUST',
    'getSessionData never rejects, chat or no chat',
    async (ctx) => {
      checkResolved(await ctx.command('getSessionData'), 'getSessionData before any chat')
      await ctx.startChat()
      checkResolved(await ctx.command('getSessionData'), 'getSessionData during a chat')
      checkResolved(await ctx.command('endChat'), 'endChat')
      checkResolved(await ctx.command('getSessionData'), 'getSessionData after the end')
    },
  ),
]
