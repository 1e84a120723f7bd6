import type { Page } from '@playwright/test';

/** The connect screen, found the way a person (or a screen reader) finds it: by labels and roles. */
export class ConnectScreen {
  constructor(private readonly page: Page) {}

  get storeUrl() {
    return this.page.getByRole('textbox', { name: 'Store URL' });
  }
  get consumerKey() {
    return this.page.getByRole('textbox', { name: 'Consumer key' });
  }
  get consumerSecret() {
    return this.page.getByLabel('Consumer secret');
  }
  get remember() {
    return this.page.getByRole('checkbox', { name: 'Remember on this device' });
  }
  get alert() {
    return this.page.getByRole('alert');
  }

  async open(appUrl: string) {
    await this.page.goto(appUrl);
    await this.page.getByRole('heading', { name: 'Connect to your store' }).waitFor();
  }

  async fill(values: { storeUrl: string; key: string; secret: string; remember?: boolean }) {
    await this.storeUrl.fill(values.storeUrl);
    await this.consumerKey.fill(values.key);
    await this.consumerSecret.fill(values.secret);
    if (values.remember) await this.remember.check();
  }

  async chooseAuthMode(label: string) {
    await this.page.getByRole('combobox', { name: 'Authentication' }).click();
    await this.page.getByRole('option', { name: label }).click();
  }

  async connect() {
    await this.page.getByRole('button', { name: 'Connect', exact: true }).click();
  }
}
