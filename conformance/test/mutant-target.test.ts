import type { ChatTransport } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { allCases } from '../src/cases/index.js'
import { catalogIds } from '../src/catalog-ids.js'
import { runSuite } from '../src/run-suite.js'
import type { ConformanceTarget } from '../src/target.js'
import { mockServerTarget } from '../src/targets/mock-server-target.js'

/** The GMS v2 in-process target with its transport altered by `mutate`: the suite must notice. */
function mutant(name: string, mutate: (t: ChatTransport) => ChatTransport): ConformanceTarget {
  const base = mockServerTarget('gms-v2', 'in-process')
  return {
    name,
    async setup(env) {
      const instance = await base.setup(env)
      return { ...instance, createTransport: (s) => mutate(instance.createTransport(s)) }
    },
  }
}

const events = catalogIds()
  .filter((id) => id.startsWith('event.'))
  .map((id) => id.slice('event.'.length))

async function statusOf(target: ConformanceTarget, ids: string[]) {
  const cases = allCases.filter((c) => ids.includes(c.id))
  const run = await runSuite(target, cases, { eventNames: events })
  return Object.fromEntries(run.results.map((r) => [r.id, r.status]))
}

describe('the cases fail for broken transports', () => {
  it('a transport that acknowledges messages without sending them fails sendMessage.resolved', async () => {
    const liar = mutant('swallows-messages', (t) => ({
      ...t,
      send: (session, op, o) =>
        op.kind === 'message' ? t.send(session, { kind: 'typingStopped' }, o) : t.send(session, op, o),
    }))
    expect(await statusOf(liar, ['sendMessage.resolved', 'sendMessage.rejected.no-active-session'])).toEqual({
      'sendMessage.resolved': 'fail',
      'sendMessage.rejected.no-active-session': 'pass',
    })
  })

  it('a transport whose polls bring no events fails the agent and message events', async () => {
    const deaf = mutant('deaf-polls', (t) => ({
      ...t,
      poll: async (session, cursor, o) => {
        const r = await t.poll(session, cursor, o)
        return r.ok ? { ...r, value: { ...r.value, events: [], originalMessages: [] } } : r
      },
    }))
    expect(
      await statusOf(deaf, ['event.agentConnected', 'event.messageReceived', 'getTranscript.resolved']),
    ).toEqual({
      'event.agentConnected': 'fail',
      'event.messageReceived': 'fail',
      'getTranscript.resolved': 'fail',
    })
  })

  it('a transport that hides a capability gets the n/a branch, which asserts the documented rejection', async () => {
    const shy = mutant('no-custom-notice', (t) => ({
      ...t,
      capabilities: { ...t.capabilities, customNotice: false },
    }))
    expect(
      await statusOf(shy, ['sendCustomNotice.resolved', 'sendCustomNotice.rejected.not-supported']),
    ).toEqual({
      'sendCustomNotice.resolved': 'n/a',
      'sendCustomNotice.rejected.not-supported': 'pass',
    })
  })
})

describe('n/a branches assert their precondition', () => {
  it('a controller whose faults and bots do nothing fails the offline and bot n/a branches', async () => {
    const base = mockServerTarget('nexus-v3', 'in-process')
    const idle: ConformanceTarget = {
      name: 'idle-controller',
      async setup(env) {
        const instance = await base.setup(env)
        const controller = {
          ...instance.controller,
          failNext: async () => undefined,
          agentJoin: async () => undefined,
          agentSay: async () => undefined,
          agentLeave: async () => undefined,
        }
        return { ...instance, controller }
      },
    }
    const ids = [
      'event.chatServerWentOffline',
      'event.chatServerBackOnline',
      'event.connectionPending',
      'event.botConnected',
      'event.botDisconnected',
    ]
    expect(await statusOf(base, ids)).toEqual(Object.fromEntries(ids.map((id) => [id, 'n/a'])))
    expect(await statusOf(idle, ids)).toEqual(Object.fromEntries(ids.map((id) => [id, 'fail'])))
  })
})

describe('a target that never answers', () => {
  it('gives an error result naming the hang instead of stalling the run', async () => {
    const silent: ConformanceTarget = { name: 'silent', setup: () => new Promise(() => undefined) }
    const cases = allCases.filter((c) => c.id === 'event.ready')
    const run = await runSuite(silent, cases, { eventNames: events, hungCaseMs: 50 })
    expect(run.results.map((r) => [r.id, r.status, r.message])).toEqual([
      [
        'event.ready',
        'error',
        'the case did not finish within 50 ms of real time (a request never answered?)',
      ],
    ])
  })

  it('a request that never settles mid-case: the case is an error, teardown is bounded, the run goes on', async () => {
    const base = mockServerTarget('gms-v2', 'in-process')
    const stuck: ConformanceTarget = {
      name: 'stuck-after-a-while',
      async setup(env) {
        const instance = await base.setup(env)
        // Once an agent joins, idle() never answers again: a request stuck in flight mid-case.
        let joined = false
        const controller = {
          ...instance.controller,
          agentJoin: (...args: Parameters<typeof instance.controller.agentJoin>) => {
            joined = true
            return instance.controller.agentJoin(...args)
          },
        }
        const idle = () => (joined ? new Promise<void>(() => undefined) : Promise.resolve())
        return { ...instance, controller, idle }
      },
    }
    const cases = allCases.filter((c) => c.id === 'event.agentConnected' || c.id === 'event.started')
    const run = await runSuite(stuck, cases, { eventNames: events, hungCaseMs: 200 })
    const byId = Object.fromEntries(run.results.map((r) => [r.id, [r.status, r.message]]))
    expect(byId).toEqual({
      'event.agentConnected': [
        'error',
        'the case did not finish within 200 ms of real time (a request never answered?)',
      ],
      'event.started': ['pass', undefined],
    })
  })
})
