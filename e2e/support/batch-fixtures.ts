import { connectPage } from './connected-page';
import { expect, test as base } from './fixtures';
import { BatchScreen } from './batch-screen';

// The batch editor against the worker's plain-HTTP demo store (120 customers, every request
// OAuth-signed), in a session that starts connected as after "remember on this device".

interface BatchFixtures {
  batch: BatchScreen;
}

export const test = base.extend<BatchFixtures>({
  batch: async ({ page, appUrl, httpStore, consoleErrors: _ }, provide) => {
    await connectPage(page, httpStore);
    await provide(new BatchScreen(page, appUrl));
  },
});

export { expect };
