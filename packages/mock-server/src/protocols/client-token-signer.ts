import type { ClientTokenPayload } from '@chatwire/codec-nexus-v3'
import { jwtVerify, SignJWT } from 'jose'

/**
 * Signs and verifies v3 client tokens: HS256 JWTs whose payload is exactly
 * `{sessionId, transportId, participantId}` (pureengage-v3.md §4: no exp/iat/issuer, like the real sample).
 * Verified tokens are remembered (bounded) so polling does not pay an HMAC per request.
 */
export class ClientTokenSigner {
  private readonly key: Uint8Array
  private readonly verified = new Map<string, ClientTokenPayload>()

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret)
  }

  async sign(payload: ClientTokenPayload): Promise<string> {
    const token = await new SignJWT({
      sessionId: payload.sessionId,
      transportId: payload.transportId,
      participantId: payload.participantId,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(this.key)
    this.remember(token, payload)
    return token
  }

  /** The payload of a token this server signed, or undefined for a forged, tampered or malformed one. */
  async verify(token: string): Promise<ClientTokenPayload | undefined> {
    const known = this.verified.get(token)
    if (known !== undefined) return known
    if (token.length > 4096) return undefined
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] })
      const { sessionId, transportId, participantId } = payload
      if (
        typeof sessionId !== 'string' ||
        typeof transportId !== 'string' ||
        typeof participantId !== 'string'
      ) {
        return undefined
      }
      const value = { sessionId, transportId, participantId }
      this.remember(token, value)
      return value
    } catch {
      return undefined
    }
  }

  private remember(token: string, payload: ClientTokenPayload): void {
    if (this.verified.size >= 50_000) {
      const first = this.verified.keys().next()
      if (first.done !== true) this.verified.delete(first.value)
    }
    this.verified.set(token, payload)
  }
}
