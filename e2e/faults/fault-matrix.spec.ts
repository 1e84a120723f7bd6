import { expect, test } from '../support/fixtures';
import { connectPage } from '../support/connected-page';
import { LOCAL_ONLY } from '../support/grid-fixtures';
import { FAULTS } from './fault-catalog';
import { FLOWS } from './flows';

// Every fault × every flow (npm run test:faults prints the matrix). Titles are "fault × flow":
// the matrix reporter reads them.

test.use(LOCAL_ONLY);
test.describe.configure({ timeout: 90_000 });

for (const fault of FAULTS) {
  for (const flow of FLOWS) {
    test(`${fault.id} × ${flow.id}`, async ({ page, httpStore, consoleErrors }) => {
      const appUrl = process.env.E2E_FAULTS_APP_URL;
      if (!appUrl) throw new Error('run through playwright.faults.config.ts');
      await connectPage(page, httpStore);
      await flow.run({ page, appUrl, store: httpStore, fault });
      // The browser itself logs a blocked CORS response; that is the fault, not an app error.
      const own = consoleErrors.filter((text) => !/CORS policy|net::ERR_/.test(text));
      consoleErrors.splice(0, consoleErrors.length, ...own);
      expect(own).toEqual([]);
    });
  }
}
