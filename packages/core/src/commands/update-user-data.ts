import { type Outcome, rejected, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'
import type { CommandOptions } from '../types/command-types.js'

/**
 * updateUserData (guard: refused during a session on a transport without `updateUserDataInSession`): before a session, merges into the userData the next startChat sends and resolves
 * with it; during a session, sends the new keys (transport capability `updateUserDataInSession`).
 */
export async function updateUserData(
  runtime: ServiceRuntime,
  options: CommandOptions['updateUserData'],
): Promise<Outcome<'updateUserData'>> {
  const delta =
    typeof options === 'object' && options !== null && !Array.isArray(options) ? { ...options } : {}
  const session = runtime.session
  if (!runtime.active || !session) {
    runtime.mergeUserData(delta)
    return resolved('updateUserData.resolved.merged-before-session', { ...runtime.userData })
  }
  runtime.mergeUserData(delta)
  runtime.persist()
  const generation = runtime.generation
  const result = await runtime.transport.send(
    session,
    { kind: 'userData', userData: delta },
    runtime.callOptions(),
  )
  if (!result.ok) {
    runtime.failed(result, generation)
    return rejected('updateUserData.rejected.ajax-exception', result.response)
  }
  return resolved('updateUserData.resolved.sent', result.response)
}
