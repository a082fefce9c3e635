import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // the chaos test runs real sockets: keep the two protocols from competing for the CPU with other files
    fileParallelism: false,
  },
})
