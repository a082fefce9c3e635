/** Unguessable ids and secrets (Web Crypto, so the handler stays runtime-neutral). Never seeded: seeds are public. */
export function randomHex(length: number): string {
  const bytes = new Uint8Array(Math.ceil(length / 2))
  globalThis.crypto.getRandomValues(bytes)
  let out = ''
  for (const b of bytes) out += b.toString(16).padStart(2, '0')
  return out.slice(0, length)
}

export function randomUuid(): string {
  return globalThis.crypto.randomUUID()
}

/** A GMS-style chat id: 16 upper-case hex characters, like the official example's `00048aAPEQJ8000U` in length. */
export function newChatId(): string {
  return randomHex(16).toUpperCase()
}
