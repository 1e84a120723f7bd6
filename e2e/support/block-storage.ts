import type { Page } from '@playwright/test';

/**
 * Makes `window.localStorage` and `window.sessionStorage` throw as a cross-site iframe with
 * third-party storage blocked does ("SecurityError: Failed to read the 'sessionStorage' property
 * from 'Window'"). A simulation by init script, for a top-level page: e2e/storage-blocked.spec.ts
 * shows the same with the browser's real blocking.
 */
export async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'] as const) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException(
            `Failed to read the '${name}' property from 'Window': Access is denied for this document.`,
            'SecurityError',
          );
        },
      });
    }
  });
}
