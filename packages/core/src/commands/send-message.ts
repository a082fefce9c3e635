import { type Outcome, rejected, rejectedWithText, resolved } from '../rows/outcome.js'
import { noActiveSessionText } from '../rows/row-text.js'
import type { ServiceRuntime } from '../service-runtime.js'
import type { Operation } from '../transport/transport.js'
import type { CommandOptions } from '../types/command-types.js'

/** sendMessage (guards: a message text, then a session); sending ends a typing burst. */
export async function sendMessage(
  runtime: ServiceRuntime,
  options: CommandOptions['sendMessage'],
): Promise<Outcome<'sendMessage'>> {
  const text = String(options?.message)
  const session = runtime.requireSession()
  runtime.typing.endBySend()
  const op: Operation =
    typeof options?.type === 'string'
      ? { kind: 'message', text, messageType: options.type }
      : { kind: 'message', text }
  const generation = runtime.generation
  const result = await runtime.transport.send(session, op, runtime.callOptions())
  if (!result.ok) {
    runtime.failed(result, generation)
    return rejected('sendMessage.rejected.ajax-exception', result.response)
  }
  if (generation === runtime.generation) {
    runtime.ingest(result.value, result.response, { restoring: false })
    runtime.poller.resetCadence()
  }
  return resolved('sendMessage.resolved', result.response)
}

/** sendCustomNotice (guard: the `customNotice` capability). */
export async function sendCustomNotice(
  runtime: ServiceRuntime,
  options: CommandOptions['sendCustomNotice'],
): Promise<Outcome<'sendCustomNotice'>> {
  const session = runtime.session
  if (!runtime.active || !session)
    return rejected('sendCustomNotice.rejected.no-active-session', noActiveSessionText())
  const text = typeof options?.message === 'string' ? options.message : ''
  const generation = runtime.generation
  const result = await runtime.transport.send(session, { kind: 'customNotice', text }, runtime.callOptions())
  if (!result.ok) {
    runtime.failed(result, generation)
    return rejected('sendCustomNotice.rejected.ajax-exception', result.response)
  }
  if (generation === runtime.generation) runtime.ingest(result.value, result.response, { restoring: false })
  return resolved('sendCustomNotice.resolved', result.response)
}

/**
 * sendFilteredMessage: adds `regex` to the session's filters (stored, recalled on restore), then
 * sends `message`; resolves n/a once the send is done. Without a message text or a RegExp nothing
 * is sent and it still resolves (the seed has no row for bad arguments; the original does the same).
 */
export async function sendFilteredMessage(
  runtime: ServiceRuntime,
  options: CommandOptions['sendFilteredMessage'],
): Promise<Outcome<'sendFilteredMessage'>> {
  const regex = options?.regex
  const message = options?.message
  if (regex instanceof RegExp && typeof message === 'string' && message.trim() !== '') {
    addFilters(runtime, [regex])
    await sendMessage(runtime, { message })
  }
  return resolved('sendFilteredMessage.resolved', undefined)
}

/** addPrefilter: a RegExp or a non-empty array of RegExps; resolves with all registered filters. */
export function addPrefilter(
  runtime: ServiceRuntime,
  options: CommandOptions['addPrefilter'],
): Outcome<'addPrefilter'> {
  const filters = options?.filters
  const list = filters instanceof RegExp ? [filters] : filters
  if (!Array.isArray(list) || list.length === 0 || !list.every((f) => f instanceof RegExp)) {
    return rejectedWithText('addPrefilter.rejected.invalid-filters')
  }
  addFilters(runtime, list as RegExp[])
  return resolved('addPrefilter.resolved', [...runtime.filters])
}

function addFilters(runtime: ServiceRuntime, filters: readonly RegExp[]): void {
  for (const filter of filters) {
    const known = runtime.filters.some((f) => f.source === filter.source && f.flags === filter.flags)
    if (!known) runtime.filters.push(filter)
  }
  runtime.persist()
}
