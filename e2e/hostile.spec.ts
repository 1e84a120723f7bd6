import type { Page } from '@playwright/test';
import { connectPage } from './support/connected-page';
import { test, expect } from './support/fixtures';
import { HOSTILE, startHostileStore, type HostileStore } from './support/hostile-store';

// Store data is rendered as text everywhere: markup stays visible characters, event handlers
// never become attributes, `javascript:` URLs never become links or images, nothing runs and no
// dialog opens — on the grid and on every customer's own route, whatever those screens show.

let store: HostileStore;
test.beforeAll(async () => {
  store = await startHostileStore();
});
test.afterAll(async () => {
  await store.close();
});

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Whatever is on screen: nothing ran, and the DOM holds no way to run anything later. */
async function expectNothingHostile(page: Page, dialogs: string[]): Promise<void> {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) problems.push(`${element.tagName} ${attribute.name}`);
        // Attributes a browser follows or loads; a form field's value may show any text.
        const followed = /^(href|src|srcset|action|formaction|xlink:href|poster|data|ping|cite)$/i;
        if (
          followed.test(attribute.name) &&
          /^\s*(javascript|vbscript|data):/i.test(attribute.value)
        ) {
          problems.push(`${element.tagName} ${attribute.name}=${attribute.value.slice(0, 40)}`);
        }
      }
    }
    for (const script of document.scripts) if (!script.src) problems.push('inline script');
    if (document.querySelector('img[src="x"], svg[onload]')) problems.push('injected element');
    return { problems, pwned: window.__pwned ?? null };
  });
  expect(found).toEqual({ problems: [], pwned: null });
  expect(dialogs).toEqual([]);
}

test('hostile store data stays inert on the grid and on each customer route', async ({
  page,
  appUrl,
  consoleErrors: _,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await connectPage(page, store);

  await page.goto(`${appUrl}#/customers`);
  const rows = page.getByRole('table', { name: 'Customers' }).getByRole('row');
  await expect(rows).toHaveCount(4); // header + the three hostile customers
  // The markup is shown as the characters it is made of.
  await expect(rows.filter({ hasText: 'markup@example.com' })).toContainText(HOSTILE.script);
  await expect(rows.filter({ hasText: 'long@example.com' })).toBeVisible();
  await expectNothingHostile(page, dialogs);
  // A 10 kB name does not push the page sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );

  for (const [id, email] of [
    [2, 'markup@example.com'],
    [3, 'long@example.com'],
    [4, 'attr@example.com'],
  ] as const) {
    // The customer's own view (with its downloads), then its edit form.
    await page.goto(`${appUrl}#/customers/${id}`);
    await expect(page.getByText(email).first()).toBeVisible();
    if (id !== 4) await expect(page.getByText('Marker-file').first()).toBeVisible();
    if (id === 3) {
      // A file name's bidi override is shown, not obeyed: "gnp.exe" cannot pose as "exe.png".
      await expect(page.getByText('[U+202E]gnp.exe[U+202C]').first()).toBeVisible();
    }
    // Hover and focus around: handlers that were smuggled in would fire now.
    await page.mouse.move(200, 300);
    await page.keyboard.press('Tab');
    await expectNothingHostile(page, dialogs);

    await page.goto(`${appUrl}#/customers/${id}/edit`);
    await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue(email);
    await page.mouse.move(300, 400);
    await expectNothingHostile(page, dialogs);
  }
  expect(HOSTILE.long.length).toBe(10_240);
});
