import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './e2e/support/chromium';

// The e2e run against a real WooCommerce (../shared/real-store, started by setup.sh; addresses and
// keys from the same environment variables). One worker: the tests share one PHP store.
export default defineConfig({
  testDir: 'e2e/real',
  globalSetup: './e2e/real/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // A real PHP store answers in tens to hundreds of milliseconds per request, not microseconds.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    // setup.sh makes a self-signed certificate.
    ignoreHTTPSErrors: true,
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutablePath(), args: CHROMIUM_ARGS },
  },
});
