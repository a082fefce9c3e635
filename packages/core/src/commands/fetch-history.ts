import { type Outcome, rejected, rejectedWithText, resolved } from '../rows/outcome.js'
import { noActiveSessionText } from '../rows/row-text.js'
import type { ServiceRuntime } from '../service-runtime.js'

/**
 * fetchHistory: async mode only (and a transport with `history`); pages older messages before the
 * oldest one held, publishes them through messageReceived, and answers "No more messages" once the
 * transport said there are none.
 */
export async function fetchHistory(runtime: ServiceRuntime): Promise<Outcome<'fetchHistory'>> {
  const history = runtime.transport.history?.bind(runtime.transport)
  if (!history) throw new Error('chatwire: fetchHistory ran without history')
  const session = runtime.session
  if (!runtime.active || !session)
    return rejected('fetchHistory.rejected.no-active-session', noActiveSessionText())
  if (runtime.historyExhausted) return rejectedWithText('fetchHistory.rejected.no-more-messages')
  const generation = runtime.generation
  const result = await history(session, runtime.transcript.oldestWireIndex, runtime.callOptions())
  if (!result.ok) {
    runtime.failed(result, generation)
    return rejected('fetchHistory.rejected.request-failed', result.response)
  }
  if (generation === runtime.generation) {
    if (!result.value.hasMore) runtime.historyExhausted = true
    runtime.ingest(result.value, result.response, { restoring: false, history: true })
  }
  return resolved('fetchHistory.resolved', result.response)
}
