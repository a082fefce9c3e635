import { isRecord } from '../is-object.js'
import { answered, type Outcome, resolved } from '../rows/outcome.js'
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
  const delta = isRecord(options) ? { ...options } : {}
  runtime.mergeUserData(delta)
  if (!runtime.active) return resolved({ ...runtime.userData }, 'resolved.merged-before-session')
  runtime.persist()
  const result = await runtime.exchange('send', { kind: 'userData', userData: delta })
  return answered(result, 'resolved.sent')
}
