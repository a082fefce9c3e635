// Soak run of the property tests: the same properties as test/property.test.ts with many more inputs.
// Usage: pnpm --filter @chatwire/codec-nexus-v3 soak [runs]   (default 200000 per decoder)
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const runs = process.argv[2] ?? process.env.NEXUS_PROPERTY_RUNS ?? '200000'
const cwd = fileURLToPath(new URL('..', import.meta.url))
console.log(`soak: ${runs} generated inputs per decoder`)
const result = spawnSync('pnpm', ['exec', 'vitest', 'run', 'test/property.test.ts', '--testTimeout=0'], {
  cwd,
  stdio: 'inherit',
  env: { ...process.env, NEXUS_PROPERTY_RUNS: runs },
})
process.exit(result.status ?? 1)
