import { E2E_KEYS, expect, test } from '../support/fixtures';
import { connectPage } from '../support/connected-page';
import { LOCAL_ONLY } from '../support/grid-fixtures';
import { FAULTS } from './fault-catalog';
import { FLOWS } from './flows';
import { blockStorage } from '../support/block-storage';
import { ConnectScreen } from '../support/connect-screen';
import type { RunningStore } from '../../demo-store/server';
import type { Page } from '@playwright/test';

async function connectThroughScreen(page: Page, appUrl: string, store: RunningStore) {
  const screen = new ConnectScreen(page);
  await screen.open(appUrl);
  await screen.fill({ storeUrl: store.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
  await screen.connect();
  // Said once, where the person is looking after connecting.
  await expect(
    page.getByRole('status').filter({ hasText: 'your keys are kept only until' }),
  ).toBeVisible();
}

// Every fault × every flow (npm run test:faults prints the matrix). Titles are "fault × flow":
// the matrix reporter reads them.

test.use(LOCAL_ONLY);
test.describe.configure({ timeout: 90_000 });

for (const fault of FAULTS) {
  for (const flow of FLOWS) {
    test(`${fault.id} × ${flow.id}`, async ({ page, httpStore, consoleErrors }) => {
      const appUrl = process.env.E2E_FAULTS_APP_URL;
      if (!appUrl) throw new Error('run through playwright.faults.config.ts');
      if (fault.blocksStorage) {
        // Nothing can be stored, so the connection comes from the connect screen and lives in
        // the page; the flows then move by hash (same document), as a person clicking would.
        await blockStorage(page);
        await connectThroughScreen(page, appUrl, httpStore);
      } else {
        await connectPage(page, httpStore);
      }
      await flow.run({ page, appUrl, store: httpStore, fault });
      // The browser itself logs a blocked CORS response; that is the fault, not an app error.
      const own = consoleErrors.filter((text) => !/CORS policy|net::ERR_/.test(text));
      consoleErrors.splice(0, consoleErrors.length, ...own);
      expect(own).toEqual([]);
    });
  }
}
