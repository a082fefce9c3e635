/**
 * A fresh `operationId` as the widget makes them: five hex groups of 10-5-5-5-17 characters
 * (real-widget.md §2.6: not an RFC 4122 UUID). Uses `crypto.getRandomValues` (browsers and Node 20).
 */
export function createOperationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(21))
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return hex.replace(/^(.{10})(.{5})(.{5})(.{5})/, '$1-$2-$3-$4-')
}
