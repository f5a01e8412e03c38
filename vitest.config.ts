import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Threads without per-file isolation: the modules under test keep no
    // state that a test changes, and importing them once per worker instead
    // of once per file halves the suite's time on two cores.
    pool: 'threads',
    isolate: false
  }
})
