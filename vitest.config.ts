import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Three layers (docs/architecture.md, "Tests"):
 *   unit     – Node: services, contract validation, handlers, corpus build, Electron shell with fakes;
 *   renderer – jsdom: React components against the REAL handlers in-process;
 *   e2e      – Node driving the BUILT renderer in the system Chromium (run `npm run build` first;
 *              `npm test` does).
 */
export default defineConfig({
  test: {
    projects: [
      // Some unit tests start processes (the CLI) or run thousands of requests: headroom for a loaded 2-core CI machine.
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 30_000,
          setupFiles: ['test/support/cleanup-setup.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.tsx'],
          setupFiles: ['test/support/renderer-setup.ts', 'test/support/cleanup-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          // Fails any e2e file whose pages requested anything beyond the app's own origin.
          setupFiles: ['test/support/e2e-setup.ts', 'test/support/cleanup-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Polls wait for the UI, not for a time budget: generous so a loaded CI machine is not flaky.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
