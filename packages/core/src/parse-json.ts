/** The value of a JSON text, or undefined when it is not JSON (JSON itself never yields undefined). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
