// The in-memory fake transport lives in src/testing so it ships as `@chatwire/core/testing`.
export * from '../src/testing/index.js'
