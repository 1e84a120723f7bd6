import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './e2e/support/chromium';

export default defineConfig({
  testDir: 'e2e',
  // The fault matrix and the real-store run have their own configs (npm run test:faults,
  // npm run test:real: the real store must be started first).
  testIgnore: ['faults/**', 'real/**'],
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: process.env.CI ? 2 : undefined,
  // One retry on CI so a rare timing flake doesn't block a landing; the list reporter still names
  // every flaky test, and a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    // The HTTPS demo store uses a self-signed certificate made at start-up.
    ignoreHTTPSErrors: true,
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutablePath(), args: CHROMIUM_ARGS },
  },
});
