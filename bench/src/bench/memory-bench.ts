import { execFileSync } from 'node:child_process'
import { scriptPath } from './child-process.js'
import type { Protocol } from './protocol-client.js'

export interface MemoryFigure {
  readonly protocol: Protocol
  readonly sessions: number
  readonly heapDelta: number
  readonly bytesPerSession: number
}

/** Heap per idle session, measured in a fresh process so nothing else shares the heap. */
export function memoryBench(protocol: Protocol, sessions: number): MemoryFigure {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', scriptPath('memory-process.js'), protocol, String(sessions)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  )
  return {
    protocol,
    ...(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Omit<MemoryFigure, 'protocol'>),
  }
}
