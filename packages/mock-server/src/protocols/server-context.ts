import type { Clock } from '../clock.js'
import type { FaultPlan } from '../faults/fault-injector.js'
import type { ContactCentre } from '../model/contact-centre.js'
import type { ClientTokenSigner } from './client-token-signer.js'

/** What the protocol handlers share. */
export interface ServerContext {
  readonly centre: ContactCentre
  readonly clock: Clock
  readonly apiKey: string | undefined
  readonly gmsServiceName: string
  readonly signer: ClientTokenSigner
  /** Longest accepted chat message text, in characters (longer → the protocol's error). */
  readonly maxMessageLength: number
}

/** A reply lost on purpose (fault `drop`): the fetch handler rejects like a network error. */
export class DroppedReply extends TypeError {
  constructor() {
    super('network error: reply dropped by fault injection')
    this.name = 'DroppedReply'
  }
}

/** Applies `duplicate` and `reorder` to the events of a reply. `previous` = events the client already had. */
export function shapeDelivery<T>(
  ctx: ServerContext,
  plan: FaultPlan,
  events: T[],
  previous: readonly T[],
): T[] {
  if (!plan.duplicate && !plan.reorder) return events
  let out = events
  if (plan.duplicate) out = [...previous, ...out, ...out]
  if (plan.reorder) out = ctx.centre.faults.shuffle(out)
  return out
}

export const MAX_MESSAGE_LENGTH = 16_384
