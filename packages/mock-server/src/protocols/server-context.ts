import { type Clock, sleep } from '../clock.js'
import type { FaultPlan } from '../faults/fault-injector.js'
import type { ChatSession } from '../model/chat-session.js'
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

/**
 * One chat request under fault injection: plan (per session when known), wait the latency, then either
 * fail instead of handling or handle and, for `drop`, lose the reply. Callers authorise first, so a
 * fault never hides an authentication error.
 */
export async function withFaults<R>(
  ctx: ServerContext,
  session: ChatSession | undefined,
  fail: (failure: NonNullable<FaultPlan['failure']>) => R,
  handle: (plan: FaultPlan) => R | Promise<R>,
): Promise<R> {
  const plan = ctx.centre.faults.plan(session?.id, session?.faults)
  if (plan.latencyMs > 0) await sleep(ctx.clock, plan.latencyMs)
  if (plan.failure !== undefined) return fail(plan.failure)
  const reply = await handle(plan)
  if (plan.drop) throw new DroppedReply()
  return reply
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
