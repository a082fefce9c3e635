// Soak: the property tests (client decoder, server decoder, checks vs valibot schemas, round trips) with many more
// generated inputs than the test run. Run: pnpm --filter @chatwire/codec-gms-v2 soak [runs]
import { spawnSync } from 'node:child_process'

const runs = process.argv[2] ?? process.env.GMS_PROPERTY_RUNS ?? '200000'
console.log(`soak: ${runs} generated inputs per property`)
const result = spawnSync(
  'vitest',
  ['run', '--testTimeout=0', 'test/property.test.ts', 'test/check-wire-reply.test.ts'],
  {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, GMS_PROPERTY_RUNS: runs },
  },
)
process.exit(result.status ?? 1)
