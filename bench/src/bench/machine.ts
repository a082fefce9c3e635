import { cpus, release, totalmem } from 'node:os'

/** The machine the figures were measured on, in one line. */
export function describeMachine(): string {
  const cpu = cpus()
  const model = cpu[0]?.model.trim() ?? 'unknown CPU'
  return `${cpu.length} × ${model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Linux ${release()}, Node ${process.version}`
}
