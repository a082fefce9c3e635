import { answered, type Outcome, rejected, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'
import type { Operation } from '../transport/transport.js'
import type { CommandOptions } from '../types/command-types.js'

/** sendMessage (guards: a message text, then a session); sending ends a typing burst. */
export async function sendMessage(
  runtime: ServiceRuntime,
  options: CommandOptions['sendMessage'],
): Promise<Outcome<'sendMessage'>> {
  const text = String(options?.message)
  const type = options?.type
  runtime.typing.endBySend()
  const op: Operation = { kind: 'message', text, ...(typeof type === 'string' && { messageType: type }) }
  const result = await runtime.exchange('send', op, (batch, response) => {
    runtime.ingest(batch, response)
    runtime.poller.resetCadence()
  })
  return answered(result)
}

/** sendCustomNotice (guards: the `customNotice` capability, a session). */
export async function sendCustomNotice(
  runtime: ServiceRuntime,
  options: CommandOptions['sendCustomNotice'],
): Promise<Outcome<'sendCustomNotice'>> {
  const text = typeof options?.message === 'string' ? options.message : ''
  const result = await runtime.exchange('send', { kind: 'customNotice', text }, runtime.ingest)
  return answered(result)
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
  return resolved()
}

/** addPrefilter: a RegExp or a non-empty array of RegExps; resolves with all registered filters. */
export function addPrefilter(
  runtime: ServiceRuntime,
  options: CommandOptions['addPrefilter'],
): Outcome<'addPrefilter'> {
  const filters = options?.filters
  const list = filters instanceof RegExp ? [filters] : filters
  if (!Array.isArray(list) || list.length === 0 || !list.every((f) => f instanceof RegExp)) {
    return rejected('invalid-filters')
  }
  addFilters(runtime, list)
  return resolved([...runtime.filters])
}

function addFilters(runtime: ServiceRuntime, filters: readonly RegExp[]): void {
  for (const filter of filters) {
    const known = runtime.filters.some((f) => f.source === filter.source && f.flags === filter.flags)
    if (!known) runtime.filters.push(filter)
  }
  runtime.persist()
}
