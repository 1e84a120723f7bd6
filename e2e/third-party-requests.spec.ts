import type { Page, Request } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { connectPage } from './support/connected-page';
import { CustomersGridScreen } from './support/customers-grid';
import { documentedCsp, recordCspViolations, startDeployedApp } from './support/deployed-app';

// Customers' avatars would be Gravatar images: a request to a third party per listed customer,
// carrying a hash of their email. By default none leaves; config.json can opt in.

const GRAVATAR = 'https://secure.gravatar.com';
// A 1×1 PNG: Gravatar is answered here, the tests never reach the real one.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Every http(s) request the page makes, from now on. */
function recordRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (/^https?:/.test(request.url())) seen.push(request);
  });
  return seen;
}

// Only image violations are this spec's business; deploy.spec.ts checks the whole policy.
const imageViolations = (found: string[]) => found.filter((text) => /img-src/.test(text));

const origins = (requests: Request[]) => new Set(requests.map((r) => new URL(r.url()).origin));
const listFields = (requests: Request[]) =>
  requests
    .map((r) => new URL(r.url()))
    .filter((url) => url.pathname.endsWith('/customers') && url.searchParams.has('_fields'))
    .map((url) => url.searchParams.get('_fields')?.split(',') ?? []);

/** Pages forward twice, opens the first customer of the page and comes back to the same view. */
async function browse(grid: CustomersGridScreen, page: Page): Promise<void> {
  await expect(grid.dataRows).toHaveCount(25);
  for (const range of ['26–50', '51–75']) {
    await grid.button('Next page').click();
    await expect(grid.range).toContainText(range);
  }
  const name = grid.dataRows.first().getByRole('link');
  const label = (await name.textContent()) ?? '';
  await name.click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
  await page.getByRole('link', { name: 'Back to customers' }).click();
  await expect(grid.range).toContainText('51–75');
}

test('by default nothing is requested from anyone but the app and the store', async ({
  page,
  httpsStore,
  consoleErrors: _,
}) => {
  // Deployed as the guide says, with no config.json: its policy allows no image host but the store.
  const app = await startDeployedApp({ csp: documentedCsp(httpsStore.url) });
  try {
    const violations = await recordCspViolations(page);
    const requests = recordRequests(page);
    await connectPage(page, httpsStore);
    const grid = new CustomersGridScreen(page, app.url);
    await grid.open();
    await browse(grid, page);
    await page.waitForLoadState('networkidle');

    expect([...origins(requests)].sort()).toEqual(
      [new URL(app.url).origin, new URL(httpsStore.url).origin].sort(),
    );
    // Initials instead of pictures, and the Gravatar URLs are not even asked for.
    await expect(page.locator('img')).toHaveCount(0);
    expect(listFields(requests).length).toBeGreaterThan(0);
    for (const fields of listFields(requests)) expect(fields).not.toContain('avatar_url');
    expect(imageViolations(await violations())).toEqual([]);
  } finally {
    await app.close();
  }
});

test('with "avatars": "gravatar" in config.json, rows and the detail show the store\'s Gravatar images', async ({
  page,
  httpsStore,
  consoleErrors: _,
}) => {
  // The documented policy with the one addition the guide asks for when opting in.
  const csp = documentedCsp(httpsStore.url).replace(
    `img-src 'self' ${new URL(httpsStore.url).origin}`,
    `img-src 'self' ${new URL(httpsStore.url).origin} ${GRAVATAR}`,
  );
  expect(csp).toContain(GRAVATAR);
  const app = await startDeployedApp({ csp, configJson: '{ "avatars": "gravatar" }' });
  try {
    const violations = await recordCspViolations(page);
    const gravatarRequests: string[] = [];
    await page.route(`${GRAVATAR}/**`, async (route) => {
      gravatarRequests.push(route.request().url());
      await route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
    });
    const requests = recordRequests(page);
    await connectPage(page, httpsStore);
    const grid = new CustomersGridScreen(page, app.url);
    await grid.open();
    await expect(grid.dataRows).toHaveCount(25);

    // The grid asks for the Gravatar URLs.
    expect(listFields(requests).some((fields) => fields.includes('avatar_url'))).toBe(true);
    const firstImage = grid.dataRows.first().locator('img');
    await expect(firstImage).toHaveAttribute('src', new RegExp(`^${GRAVATAR}/avatar/[0-9a-f]{32}`));
    // Decorative: the name beside it says who it is.
    await expect(firstImage).toHaveAttribute('alt', '');
    await expect
      .poll(() => firstImage.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(1);
    expect(gravatarRequests).toContain(await firstImage.getAttribute('src'));

    await grid.dataRows.first().getByRole('link').click();
    const detailImage = page.getByRole('main').locator('img').first();
    await expect(detailImage).toHaveAttribute('src', new RegExp(`^${GRAVATAR}/avatar/`));

    expect([...origins(requests)].sort()).toEqual(
      [new URL(app.url).origin, new URL(httpsStore.url).origin, GRAVATAR].sort(),
    );
    expect(imageViolations(await violations())).toEqual([]);
  } finally {
    await app.close();
  }
});
