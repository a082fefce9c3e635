import { describe, expect, it } from 'vitest'
import { healthyPoll, type PollHealth, type PollOutcome, stepPollHealth } from './poll-health.js'

function run(outcomes: PollOutcome[], limit = 2, offlineEvents = true) {
  let health: PollHealth = healthyPoll
  return outcomes.map((outcome) => {
    const step = stepPollHealth(health, outcome, limit, offlineEvents)
    health = step.health
    return step.events
  })
}

const fail = { ok: false, kind: 'server' } as const
const noResponse = { ok: false, kind: 'network' } as const
const ok = { ok: true } as const

describe('stepPollHealth', () => {
  it('counts successive failures: pending at the first, offline once the limit is exceeded, back online at the next success', () => {
    expect(run([fail, fail, fail, fail, ok, ok])).toEqual([
      ['connectionPending'],
      [],
      ['chatServerWentOffline'],
      [],
      ['chatServerBackOnline', 'connectionRestored'],
      [],
    ])
  })

  it('disconnected once for failures without a response, reconnected at the next success', () => {
    expect(run([noResponse, noResponse, ok])).toEqual([
      ['disconnected', 'connectionPending'],
      [],
      ['reconnected', 'connectionRestored'],
    ])
  })

  it('limit 0 goes offline at the first failure', () => {
    expect(run([fail], 0)).toEqual([['connectionPending', 'chatServerWentOffline']])
  })

  it('without offlineEvents only the events every transport publishes remain', () => {
    expect(run([noResponse, fail, fail, ok], 1, false).flat()).toEqual([
      'disconnected',
      'reconnected',
      'connectionRestored',
    ])
  })

  it('a success on a healthy connection publishes nothing and keeps the state', () => {
    expect(stepPollHealth(healthyPoll, ok, 5, true)).toEqual({
      health: healthyPoll,
      events: [],
    })
  })
})
