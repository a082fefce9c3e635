import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // the fuzz and nothing-lost property tests run thousands of requests; on a shared 2-core machine
    // running other packages' tests at the same time that can exceed vitest's 5 s default
    testTimeout: 60_000,
  },
})
