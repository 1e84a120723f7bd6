import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

// The fault matrix (issue 7): every injected fault against every flow, with its own global setup
// (a 3 s request timeout through config.json) and a reporter that prints the matrix.
export default defineConfig({
  ...baseConfig,
  testDir: 'e2e/faults',
  testIgnore: [],
  // Sixty independent tests, each on a freshly reset store: spread them over the workers.
  fullyParallel: true,
  globalSetup: './e2e/faults/global-setup.ts',
  reporter: [['list'], ['./e2e/faults/matrix-reporter.ts']],
});
