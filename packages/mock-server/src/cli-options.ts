import { parseArgs } from 'node:util'
import { type FaultConfig, parseFaultConfig } from './faults/fault-config.js'
import type { Scenario } from './scenario/scenario.js'

export interface CliOptions {
  readonly port: number
  readonly host: string
  readonly scenario: string
  readonly seed: number
  readonly apiKey: string | undefined
  readonly tokenSecret: string | undefined
  readonly service: string
  /** --abandoned-after: ms without any client request before a live session ends (server default when unset). */
  readonly abandonedAfterMs: number | undefined
  /** --ended-retention: ms an ended session stays readable (server default when unset). */
  readonly endedRetentionMs: number | undefined
  readonly faults: FaultConfig
  readonly faultsFile: string | undefined
  readonly help: boolean
}

export type CliParse = { ok: true; value: CliOptions } | { ok: false; message: string }

export const CLI_HELP = `chatwire-mock: a local contact centre speaking GMS Chat API v2 and PureEngage v3

Usage: chatwire-mock [options]
  --port <n>            port (default: $PORT or 8080)
  --host <addr>         interface (default 127.0.0.1; 0.0.0.0 for all)
  --scenario <s>        demo | echo | silent | path/to/scenario.json (default demo)
  --seed <n>            fault PRNG seed (default 1)
  --api-key <key>       require GMS "apikey" / v3 "x-api-key"
  --token-secret <s>    HS256 secret for v3 client tokens (default random)
  --service <name>      GMS serviceName (default customer-support)
  --abandoned-after <ms>  end a live session after this long without a client request (default 600000)
  --ended-retention <ms>  forget an ended session after this long (default 300000)
Faults (global; also settable at run time via the admin API or the console):
  --latency <ms|min-max>  --http5xx <rate>  --status1 <rate>  --status2 <rate>
  --drop <rate>  --duplicate <rate>  --reorder <rate>   (rates in 0..1)
  --offline <from-to>   offline window in ms after start (repeatable)
  --faults <file.json>  a FaultConfig JSON file
  --help`

/** Parses argv + env into options; errors are values naming the flag. */
export function parseCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliParse {
  let values: Record<string, string | boolean | string[] | undefined>
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        scenario: { type: 'string' },
        seed: { type: 'string' },
        'api-key': { type: 'string' },
        'token-secret': { type: 'string' },
        service: { type: 'string' },
        'abandoned-after': { type: 'string' },
        'ended-retention': { type: 'string' },
        latency: { type: 'string' },
        http5xx: { type: 'string' },
        status1: { type: 'string' },
        status2: { type: 'string' },
        drop: { type: 'string' },
        duplicate: { type: 'string' },
        reorder: { type: 'string' },
        offline: { type: 'string', multiple: true },
        faults: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }).values
  } catch (e) {
    return { ok: false, message: (e as Error).message }
  }
  const str = (k: string): string | undefined =>
    typeof values[k] === 'string' ? (values[k] as string) : undefined
  const portText = str('port') ?? env.PORT ?? '8080'
  const port = Number(portText)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return { ok: false, message: `--port: not a port: ${portText}` }
  const seed = Number(str('seed') ?? '1')
  if (!Number.isInteger(seed)) return { ok: false, message: '--seed: expected an integer' }
  const durations: Record<string, number | undefined> = {}
  for (const flag of ['abandoned-after', 'ended-retention']) {
    const text = str(flag)
    if (text === undefined) continue
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) === 0)
      return { ok: false, message: `--${flag}: expected a positive whole number of ms, got ${text}` }
    durations[flag] = Number(text)
  }
  const faults: Record<string, unknown> = {}
  const latency = str('latency')
  if (latency !== undefined) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(latency)
    if (m === null) return { ok: false, message: '--latency: expected <ms> or <min>-<max>' }
    faults.latencyMs = m[2] === undefined ? Number(m[1]) : [Number(m[1]), Number(m[2])]
  }
  const rates: [string, string][] = [
    ['http5xx', 'http5xxRate'],
    ['status1', 'statusCode1Rate'],
    ['status2', 'statusCode2Rate'],
    ['drop', 'dropRate'],
    ['duplicate', 'duplicateRate'],
    ['reorder', 'reorderRate'],
  ]
  for (const [flag, key] of rates) {
    const v = str(flag)
    if (v !== undefined) faults[key] = Number(v)
  }
  const windows = (values.offline as string[] | undefined) ?? []
  if (windows.length > 0) {
    const parsed = windows.map((w) => /^(\d+)-(\d+)$/.exec(w))
    if (parsed.some((m) => m === null)) return { ok: false, message: '--offline: expected <fromMs>-<toMs>' }
    faults.offline = parsed.map((m) => ({ fromMs: Number(m?.[1]), toMs: Number(m?.[2]) }))
  }
  const checked = parseFaultConfig(faults)
  if (!checked.ok) return { ok: false, message: `faults: ${checked.issues.join('; ')}` }
  return {
    ok: true,
    value: {
      port,
      host: str('host') ?? '127.0.0.1',
      scenario: str('scenario') ?? 'demo',
      seed,
      apiKey: str('api-key'),
      tokenSecret: str('token-secret'),
      service: str('service') ?? 'customer-support',
      abandonedAfterMs: durations['abandoned-after'],
      endedRetentionMs: durations['ended-retention'],
      faults: checked.value,
      faultsFile: str('faults'),
      help: values.help === true,
    },
  }
}

export type { Scenario }
