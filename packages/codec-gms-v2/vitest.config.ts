import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // property tests run ≥ 10,000 generated inputs per decoder; give them room on a shared 2-core machine
    testTimeout: 60_000,
  },
})
