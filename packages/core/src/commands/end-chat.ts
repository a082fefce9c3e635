import { answered, type Outcome } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'
import { containedCall } from '../transport/contained-call.js'
import { guarded } from './command-guards.js'

/**
 * endChat: stops polling, sends the end, and always ends locally (clientDisconnected, ended). A failed
 * wire call publishes `error` and rejects with its AJAX Response Object (catalog row
 * endChat.rejected.ajax-exception, beyond the seed). A second call gets the no-session row.
 */
export async function endChat(runtime: ServiceRuntime): Promise<Outcome<'endChat'>> {
  const { roster, hub } = runtime
  const session = guarded(runtime.session)
  runtime.phase = 'ending'
  runtime.poller.stop()
  runtime.typing.reset()
  const result = await containedCall(() =>
    runtime.transport.send(session, { kind: 'end' }, runtime.callOptions()),
  )
  if (!result.ok) hub.publish('error', result.response)
  if (runtime.phase === 'ending') {
    roster.disconnectAll(runtime.clock.now())
    hub.publish('clientDisconnected', roster.payload(undefined))
    runtime.endLocally()
  }
  return answered(result)
}
