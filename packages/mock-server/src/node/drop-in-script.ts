import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * Reads the drop-in bus script (`@chatwire/bus/drop-in` → dist/chatwire.iife.min.js), resolved at run time.
 * Undefined when the bus package is not built.
 */
export async function readDropInScript(): Promise<string | undefined> {
  const require = createRequire(import.meta.url)
  const candidates: string[] = []
  try {
    candidates.push(require.resolve('@chatwire/bus/drop-in'))
  } catch {}
  try {
    candidates.push(
      join(dirname(require.resolve('@chatwire/bus/package.json')), 'dist', 'chatwire.iife.min.js'),
    )
  } catch {}
  for (const file of candidates) {
    try {
      return await readFile(file, 'utf8')
    } catch {}
  }
  return undefined
}
