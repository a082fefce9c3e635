import { describe, expect, it } from 'vitest'
import { emptyTally, faultShare, faultShortfalls, tallyingFetch } from './wire-tally.js'

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('tallyingFetch', () => {
  it('counts each visible fault kind once and passes replies through', async () => {
    const replies: (() => Promise<Response>)[] = [
      async () => json({ statusCode: 0, messages: [{ index: 1 }, { index: 2 }] }),
      async () => json({ error: 'x' }, 503),
      async () => json({ statusCode: 1 }),
      async () => json({ statusCode: 0, messages: [{ index: 2 }, { index: 2 }] }),
      async () => json({ status: { code: 0 }, data: { messages: [{ index: '17-5' }, { index: '17-4' }] } }),
      async () => {
        throw new TypeError('fetch failed')
      },
      async () => {
        throw new DOMException('aborted', 'AbortError')
      },
    ]
    const tally = emptyTally()
    let i = 0
    const fetch = tallyingFetch(() => (replies[i++] as () => Promise<Response>)(), tally)
    const first = await fetch('http://x/')
    expect(await first.json()).toEqual({ statusCode: 0, messages: [{ index: 1 }, { index: 2 }] })
    for (let k = 1; k < replies.length; k++) await fetch('http://x/').catch(() => undefined)
    expect(tally).toEqual({
      requests: 7,
      ok: 3,
      http5xx: 1,
      http4xx: 0,
      statusCode1: 1,
      networkErrors: 1,
      timeouts: 1,
      duplicatedBatches: 1,
      reorderedBatches: 1,
    })
    expect(faultShare(tally)).toBeCloseTo(6 / 7)
  })
})

describe('faultShortfalls', () => {
  const full = {
    ...emptyTally(),
    requests: 40,
    ok: 36,
    http5xx: 1,
    networkErrors: 1,
    timeouts: 1,
    reorderedBatches: 1,
  }

  it('accepts a run where ≥ 10 % of requests were hit and every visible kind happened', () => {
    expect(faultShortfalls(full)).toEqual([])
  })

  it('names a fault share under 10 % and each kind that never happened', () => {
    expect(faultShortfalls({ ...full, requests: 41 })).toEqual(['fault share 9.8 % is below 10 %'])
    expect(
      faultShortfalls({
        ...full,
        requests: 4,
        http5xx: 0,
        timeouts: 0,
        reorderedBatches: 0,
        networkErrors: 1,
      }),
    ).toEqual([
      'no server failures (5xx or statusCode 1) happened',
      'no timeouts happened',
      'no duplicated or reordered batches happened',
    ])
    expect(
      faultShortfalls({ ...full, http5xx: 0, statusCode1: 1, reorderedBatches: 0, duplicatedBatches: 1 }),
    ).toEqual([])
  })
})
