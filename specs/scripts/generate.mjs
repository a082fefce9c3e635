// Runs every generator of @chatwire/specs (scripts/generate-*.mjs) in name order.
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const dir = fileURLToPath(new URL('.', import.meta.url))
for (const file of readdirSync(dir)
  .filter((f) => /^generate-.+\.mjs$/.test(f))
  .sort()) {
  await import(pathToFileURL(dir + file).href)
}
