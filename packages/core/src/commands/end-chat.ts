import { type Outcome, rejected, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'
import { containedCall } from '../transport/contained-call.js'

/**
 * endChat: stops polling, sends the end, and always ends locally (clientDisconnected, ended). A failed
 * wire call publishes `error` and rejects with its AJAX Response Object (catalog row
 * endChat.rejected.ajax-exception, beyond the seed). A second call gets the no-session row.
 */
export async function endChat(runtime: ServiceRuntime): Promise<Outcome<'endChat'>> {
  const session = runtime.requireSession()
  runtime.phase = 'ending'
  runtime.poller.stop()
  runtime.typing.reset()
  const result = await containedCall(() =>
    runtime.transport.send(session, { kind: 'end' }, runtime.callOptions()),
  )
  if (!result.ok) runtime.hub.publish('error', result.response)
  if (runtime.phase === 'ending') {
    runtime.roster.disconnectAll(runtime.clock.now())
    runtime.hub.publish('clientDisconnected', {
      message: undefined,
      agents: runtime.roster.list(),
      numAgentsConnected: runtime.roster.numConnected(),
    })
    runtime.endLocally()
  }
  return result.ok
    ? resolved('endChat.resolved', result.response)
    : rejected('endChat.rejected.ajax-exception', result.response)
}
