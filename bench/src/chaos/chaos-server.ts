import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { createMockChatServer, type FaultConfig } from '@chatwire/mock-server'

export interface ChaosServerOptions {
  readonly seed: number
  readonly faults: FaultConfig
  /** 'child' runs the server in its own Node process (its own core on a multi-core machine). */
  readonly where: 'in-process' | 'child'
}

export interface ChaosServer {
  readonly url: string
  close(): Promise<void>
}

/** A listening mock server (scenario 'silent': the run drives the agent) with the run's faults. */
export async function startChaosServer(o: ChaosServerOptions): Promise<ChaosServer> {
  if (o.where === 'in-process') {
    const server = createMockChatServer({ scenario: 'silent', seed: o.seed, faults: o.faults })
    const listener = await server.listen({ port: 0, host: '127.0.0.1' })
    return { url: listener.url.replace(/\/$/, ''), close: () => listener.close() }
  }
  const script = new URL('./chaos-server-process.js', import.meta.url)
  const child = spawn(
    process.execPath,
    [script.pathname, JSON.stringify({ seed: o.seed, faults: o.faults })],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  )
  const lines = createInterface({ input: child.stdout })
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`chaos server exited with ${code}`)))
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url))
  })
  return {
    url: url.replace(/\/$/, ''),
    close: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit')
        child.once('exit', () => resolve())
        child.stdin.end()
      }),
  }
}
