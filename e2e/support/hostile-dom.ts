import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Every dialog (alert, confirm…) the page opens, dismissed at once. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Whatever is on screen: nothing ran, and the DOM holds no way to run anything later. */
export async function expectNothingHostile(page: Page, dialogs: string[]): Promise<void> {
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
