import { answered, type Outcome } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'

/**
 * fetchHistory (guards: async mode and a transport with `history`, a session, more messages): pages older
 * messages before the oldest one held and publishes them through messageReceived; once the transport says
 * there are none, later calls answer "No more messages".
 */
export async function fetchHistory(runtime: ServiceRuntime): Promise<Outcome<'fetchHistory'>> {
  const result = await runtime.exchange('history', runtime.transcript.oldest?.wireIndex, (page, response) => {
    if (!page.hasMore) runtime.historyExhausted = true
    runtime.ingest(page, response, false, true)
  })
  return answered(result, 'resolved', 'request-failed')
}
