import type { ChaosReport } from './run-chaos.js'

/** The chaos run's counts as a table, one row per protocol. */
export function formatChaos(reports: readonly ChaosReport[]): string {
  const head =
    '| transport | chats × msgs each way | intended | lost | duplicated | out of order | chats equal | requests | faulted | 5xx | statusCode 1 | dropped | timed out | dup. batches | reordered | send retries (found delivered) | s |'
  const rule = `|${head
    .split('|')
    .slice(1, -1)
    .map(() => '---')
    .join('|')}|`
  const rows = reports.map((r) => {
    const w = r.wire
    return `| ${r.protocol} | ${r.chats} × ${r.messagesEachWay} | ${r.intended} | ${r.lost} | ${r.duplicated} | ${r.outOfOrder} | ${r.chatsEqual}/${r.chats} | ${w.requests} | ${(r.faultShare * 100).toFixed(1)} % | ${w.http5xx} | ${w.statusCode1} | ${w.networkErrors} | ${w.timeouts} | ${w.duplicatedBatches} | ${w.reorderedBatches} | ${r.sendFailures} (${r.deliveredDespiteFailure}) | ${(r.durationMs / 1000).toFixed(1)} |`
  })
  return [head, rule, ...rows].join('\n')
}
