import { describe, expect, it } from 'vitest'
import { parseCli } from './cli-options.js'

describe('parseCli', () => {
  it('reads the documented example and PORT', () => {
    const r = parseCli(['--port', '8081', '--scenario', 'echo', '--seed', '42'], { PORT: '9999' })
    expect(r).toMatchObject({
      ok: true,
      value: { port: 8081, scenario: 'echo', seed: 42, host: '127.0.0.1' },
    })
    expect(parseCli([], { PORT: '9999' })).toMatchObject({
      ok: true,
      value: { port: 9999, scenario: 'demo' },
    })
    expect(parseCli([], {})).toMatchObject({ ok: true, value: { port: 8080 } })
  })

  it('turns fault flags into a FaultConfig', () => {
    const r = parseCli(
      [
        '--latency',
        '100-300',
        '--drop',
        '0.1',
        '--status1',
        '0.2',
        '--offline',
        '1000-2000',
        '--offline',
        '5000-6000',
      ],
      {},
    )
    expect(r.ok && r.value.faults).toEqual({
      latencyMs: [100, 300],
      dropRate: 0.1,
      statusCode1Rate: 0.2,
      offline: [
        { fromMs: 1000, toMs: 2000 },
        { fromMs: 5000, toMs: 6000 },
      ],
    })
  })

  it('reads the session lifetimes, leaving the server defaults when unset', () => {
    const r = parseCli(['--abandoned-after', '60000', '--ended-retention', '1000'], {})
    expect(r).toMatchObject({ ok: true, value: { abandonedAfterMs: 60000, endedRetentionMs: 1000 } })
    expect(parseCli([], {})).toMatchObject({
      ok: true,
      value: { abandonedAfterMs: undefined, endedRetentionMs: undefined },
    })
    expect(parseCli(['--ended-retention', '5m'], {})).toEqual({
      ok: false,
      message: '--ended-retention: expected a positive whole number of ms, got 5m',
    })
    expect(parseCli(['--abandoned-after', '0'], {})).toMatchObject({ ok: false })
  })

  it('names the bad flag', () => {
    expect(parseCli(['--port', 'x'], {})).toEqual({ ok: false, message: '--port: not a port: x' })
    expect(parseCli(['--drop', '3'], {})).toMatchObject({
      ok: false,
      message: expect.stringContaining('dropRate'),
    })
    expect(parseCli(['--latency', 'fast'], {})).toMatchObject({
      ok: false,
      message: expect.stringContaining('--latency'),
    })
    expect(parseCli(['--nope'], {})).toMatchObject({ ok: false })
  })
})
