import { resolve } from 'node:path';
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { E2E_KEYS } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';

/** examples/embed-host on its own port: another origin than the app's. */
export function startEmbedHost(): Promise<StaticServer> {
  return startStaticServer(resolve('examples/embed-host'));
}

export function originOf(url: string): string {
  return new URL(url).origin;
}

interface AppMessage {
  type: string;
  [field: string]: unknown;
}

/** The example host page, driven as a person would, plus its log of messages from the app. */
export class EmbedHostPage {
  constructor(readonly page: Page) {}

  async open(hostUrl: string, appUrl: string): Promise<void> {
    await this.page.goto(`${hostUrl}?app=${encodeURIComponent(appUrl)}`);
  }

  get iframe(): Locator {
    return this.page.getByTitle('Customer Desk');
  }
  get app(): FrameLocator {
    return this.page.frameLocator('iframe[title="Customer Desk"]');
  }
  /** The app's frame, for evaluating probes inside it. */
  appFrame(appOrigin: string): Frame {
    const frame = this.page.frames().find((candidate) => candidate.url().startsWith(appOrigin));
    if (!frame) throw new Error('the app frame is not loaded');
    return frame;
  }
  get log(): Locator {
    return this.page.getByRole('log', { name: 'Messages from the app' });
  }

  async messages(): Promise<AppMessage[]> {
    const lines = await this.log.getByRole('listitem').allTextContents();
    return lines.map((line) => JSON.parse(line) as AppMessage);
  }

  async waitForMessage(type: string): Promise<AppMessage> {
    await expect(
      this.log
        .getByRole('listitem')
        .filter({ hasText: `"type":"${type}"` })
        .first(),
    ).toBeAttached();
    const found = (await this.messages()).filter((message) => message.type === type);
    return found.at(-1)!;
  }

  /** Fills the host page's form (the e2e keys unless told otherwise) and sends it to the app. */
  async sendConnection(storeUrl: string, keys = E2E_KEYS): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Connection to hand over' });
    await form.getByLabel('Store URL').fill(storeUrl);
    await form.getByLabel('Consumer key').fill(keys.key);
    await form.getByLabel('Consumer secret').fill(keys.secret);
    await form.getByRole('button', { name: 'Send connection' }).click();
  }
}

declare global {
  interface Window {
    __probe?: { origins: string[]; fetches: string[] };
  }
}

/**
 * Inside the app's frame: notes every message the window receives (after the app's own listener,
 * so once the probe saw a message the app has handled it) and every fetch the app starts.
 */
export async function installAppProbe(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const probe = { origins: [] as string[], fetches: [] as string[] };
    window.__probe = probe;
    window.addEventListener('message', (event) => probe.origins.push(event.origin));
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      probe.fetches.push(input instanceof Request ? input.url : String(input));
      return original(input, init);
    };
  });
}

export async function readAppProbe(
  frame: Frame,
): Promise<{ origins: string[]; fetches: string[] }> {
  return frame.evaluate(() => window.__probe ?? { origins: [], fetches: [] });
}
