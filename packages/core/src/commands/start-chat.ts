import { isRecord } from '../is-object.js'
import { parseJson } from '../parse-json.js'
import { type Outcome, rejected, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'
import { handOutSession } from '../session/async-session-hooks.js'
import { ajaxResponse } from '../transport/ajax-response.js'
import { containedCall } from '../transport/contained-call.js'
import type { StartInput } from '../transport/transport.js'
import type { CommandOptions } from '../types/command-types.js'

const formFields = ['nickname', 'firstname', 'lastname', 'email', 'subject'] as const

/**
 * startChat (guards: single-flight, see command-guards.ts); userData must be an object (or its JSON text) and is merged over the configured userData
 * and the updateUserData keys.
 */
export async function startChat(
  runtime: ServiceRuntime,
  options: CommandOptions['startChat'],
): Promise<Outcome<'startChat'>> {
  const userData = readUserData(options?.userData)
  if (userData === undefined) return rejected('invalid-user-data')
  return runtime.during('starting', async () => {
    const input: { -readonly [K in keyof StartInput]: StartInput[K] } = {
      userData: { ...runtime.userData, ...userData },
    }
    for (const field of formFields) {
      const value = options?.[field]
      if (typeof value === 'string') input[field] = value
    }
    const { generation, transport } = runtime
    const result = await containedCall(() => transport.start(input, runtime.callOptions()))
    if (generation !== runtime.generation) {
      // the service was disposed during the start: it ended the call, as an abort (status 0, 'abort')
      return rejected('ajax-exception', ajaxResponse(0, 'abort'))
    }
    if (runtime.phase !== 'starting') return rejected('already-active')
    if (!result.ok) {
      runtime.phase = 'idle'
      runtime.failed(result, generation)
      return rejected(result.kind === 'server' ? 'server-exception' : 'ajax-exception', result.response)
    }
    const { session } = result.value
    runtime.beginSession(session)
    runtime.hub.publish('started', { ...result.response, sessionData: { ...session } })
    handOutSession(runtime, session)
    runtime.ingest(result.value, result.response)
    if (runtime.active) runtime.poller.start()
    return resolved(result.response)
  })
}

/** undefined = malformed; `{}` when absent. */
function readUserData(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return {}
  if (typeof value === 'string') {
    const parsed = parseJson(value)
    return parsed === undefined ? undefined : readUserData(parsed)
  }
  return isRecord(value) ? { ...value } : undefined
}
