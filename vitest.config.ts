import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = { '~': path.resolve(import.meta.dirname, 'app') }

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['{app,server,scripts,prisma}/**/*.test.{ts,tsx}'],
          globalSetup: ['tests/setup/test-database.global.ts'],
          setupFiles: ['tests/setup/test-database.setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: [
            'tests/setup/test-database.global.ts',
            'tests/setup/app-server.global.ts',
            'tests/setup/browser.global.ts',
          ],
          setupFiles: ['tests/setup/test-database.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machines have two cores.
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
})
