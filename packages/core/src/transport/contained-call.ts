import { noResponse } from './call-fetch.js'
import type { TransportResult } from './transport-result.js'

/**
 * Runs a transport call so that a transport breaking its never-throw contract cannot wedge the service:
 * a throw (or rejection) becomes a status-0 `network` failure naming what was thrown.
 */
export async function containedCall<T>(call: () => Promise<TransportResult<T>>): Promise<TransportResult<T>> {
  try {
    return await call()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return noResponse('network', `transport threw: ${reason}`)
  }
}
