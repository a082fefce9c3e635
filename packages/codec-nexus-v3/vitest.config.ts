import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // the property tests run 10,000 inputs per decoder; on a shared 2-core machine that can exceed 5 s
    testTimeout: 60_000,
  },
})
