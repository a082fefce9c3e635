/** Which wire protocol a `_genesys.widgets.webchat` object asks for. */
export type TransportChoice =
  | { readonly ok: true; readonly protocol: 'gms-v2' | 'nexus-v3' }
  | { readonly ok: false; readonly option: string; readonly message: string }

/** `transport.type` values → protocol. Seed, WebChatService Configuration, option `transport.type`. */
const transportTypes: Readonly<Record<string, 'nexus-v3'>> = {
  // seed: "For Pure Engage v3 REST API, the value is 'pureengage-v3-rest'."
  'pureengage-v3-rest': 'nexus-v3',
}

/** real-widget.md §3.1: the original's internal rejection for an unknown `transport.type`. */
export const INVALID_TRANSPORT = 'Invalid transport configuration'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * v3 form: `transport.type` names the protocol (the transport section wins, as in the original's front).
 * v2 form: no `transport` section and a `dataURL` (seed, Version 2 API options).
 */
export function pickTransport(webchat: unknown): TransportChoice {
  if (!isObject(webchat))
    return { ok: false, option: 'webchat', message: 'window._genesys.widgets.webchat is not set' }
  if (webchat.transport !== undefined) {
    const type = isObject(webchat.transport) ? webchat.transport.type : undefined
    const protocol = typeof type === 'string' ? transportTypes[type] : undefined
    if (protocol === undefined) return { ok: false, option: 'transport.type', message: INVALID_TRANSPORT }
    const dataURL = (webchat.transport as Record<string, unknown>).dataURL
    if (typeof dataURL !== 'string' || dataURL === '')
      return { ok: false, option: 'transport.dataURL', message: 'transport.dataURL is required' }
    return { ok: true, protocol }
  }
  if (typeof webchat.dataURL === 'string' && webchat.dataURL !== '') return { ok: true, protocol: 'gms-v2' }
  return { ok: false, option: 'dataURL', message: 'dataURL (GMS) or transport.type is required' }
}
