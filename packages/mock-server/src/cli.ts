#!/usr/bin/env node
import { readFile } from 'node:fs/promises'
import { CLI_HELP, parseCli } from './cli-options.js'
import { parseFaultConfig } from './faults/fault-config.js'
import { createMockChatServer, resolveScenario } from './mock-chat-server.js'
import { PortInUseError } from './node/listen-node.js'
import { parseScenario, type Scenario } from './scenario/scenario.js'

async function loadJson(
  file: string,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  try {
    return { ok: true, value: JSON.parse(await readFile(file, 'utf8')) as unknown }
  } catch (e) {
    return { ok: false, message: `${file}: ${(e as Error).message}` }
  }
}

function fail(message: string): never {
  process.stderr.write(`chatwire-mock: ${message}\n`)
  process.exit(2)
}

async function main(): Promise<void> {
  const cli = parseCli(process.argv.slice(2), process.env)
  if (!cli.ok) fail(`${cli.message} (see --help)`)
  const o = cli.value
  if (o.help) {
    process.stdout.write(`${CLI_HELP}\n`)
    return
  }
  let scenario: Scenario | string = o.scenario
  if (o.scenario.endsWith('.json')) {
    const json = await loadJson(o.scenario)
    if (!json.ok) fail(json.message)
    const s = parseScenario(json.value)
    if (!s.ok) fail(`scenario ${o.scenario}: ${s.issues.join('; ')}`)
    scenario = s.value
  } else {
    const s = resolveScenario(o.scenario)
    if (!s.ok) fail(s.message)
  }
  let faults = o.faults
  if (o.faultsFile !== undefined) {
    const json = await loadJson(o.faultsFile)
    if (!json.ok) fail(json.message)
    const f = parseFaultConfig(json.value)
    if (!f.ok) fail(`faults ${o.faultsFile}: ${f.issues.join('; ')}`)
    faults = { ...f.value, ...faults }
  }
  const server = createMockChatServer({
    scenario,
    seed: o.seed,
    faults,
    gmsServiceName: o.service,
    ...(o.apiKey === undefined ? {} : { apiKey: o.apiKey }),
    ...(o.tokenSecret === undefined ? {} : { tokenSecret: o.tokenSecret }),
    ...(o.abandonedAfterMs === undefined ? {} : { abandonedAfterMs: o.abandonedAfterMs }),
    ...(o.endedRetentionMs === undefined ? {} : { endedSessionRetentionMs: o.endedRetentionMs }),
  })
  let listening: Awaited<ReturnType<typeof server.listen>>
  try {
    listening = await server.listen({ port: o.port, host: o.host })
  } catch (e) {
    fail(
      e instanceof PortInUseError
        ? e.message
        : `cannot listen on ${o.host}:${o.port}: ${(e as Error).message}`,
    )
  }
  const u = listening.url
  const gms = `${u}/genesys/2/chat/${o.service}`
  const key = o.apiKey === undefined ? '' : ` -H 'apikey: ${o.apiKey}'`
  const name = typeof scenario === 'string' ? scenario : scenario.name
  process.stdout.write(
    [
      `chatwire mock chat server (scenario ${name}, seed ${o.seed})`,
      `  agent console   ${u}/`,
      `  demo customer   ${u}/demo   (PureEngage v3: ${u}/demo?transport=v3)`,
      `  GMS Chat v2     ${gms}`,
      `  PureEngage v3   ${u}/nexus/v3/chat/sessions`,
      `  admin API       ${u}/admin/sessions`,
      '',
      'Try it:',
      `  curl -s -X POST${key} -d 'nickname=Carla&text=' ${gms}`,
      '',
      'Ctrl+C to stop.',
      '',
    ].join('\n'),
  )
  const stop = (): void => {
    void listening.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
