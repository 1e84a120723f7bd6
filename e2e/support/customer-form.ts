import type { Locator, Page } from '@playwright/test';

/** The create/edit customer form, found by role and label. */
export class CustomerFormScreen {
  constructor(readonly page: Page) {}

  get email(): Locator {
    return this.page.getByRole('textbox', { name: 'Email', exact: true });
  }
  get username(): Locator {
    return this.page.getByRole('textbox', { name: 'Username' });
  }
  section(
    name: 'Account' | 'Billing address' | 'Shipping address' | 'Custom fields (meta data)',
  ): Locator {
    return this.page.getByRole('region', { name });
  }
  field(section: 'Account' | 'Billing address' | 'Shipping address', label: string): Locator {
    return this.section(section).getByRole('textbox', { name: label, exact: true });
  }
  async chooseCountry(
    section: 'Billing address' | 'Shipping address',
    typed: string,
    option: string,
  ) {
    const box = this.section(section).getByRole('combobox', { name: 'Country / region' });
    await box.fill(typed);
    await this.page.getByRole('option', { name: option }).click();
  }
  state(section: 'Billing address' | 'Shipping address'): Locator {
    return this.section(section).getByRole('combobox', { name: 'State / county' });
  }
  async chooseState(section: 'Billing address' | 'Shipping address', option: string) {
    await this.state(section).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
  metaRow(key: string): Locator {
    return this.section('Custom fields (meta data)').getByRole('listitem', {
      name: `Custom field ${key}`,
    });
  }
  async addMeta(key: string, value: string, kind: 'Text' | 'JSON' = 'Text') {
    const meta = this.section('Custom fields (meta data)');
    await meta.getByRole('button', { name: 'Add field' }).click();
    const row = meta.getByRole('listitem').last();
    await row.getByRole('textbox', { name: 'Key' }).fill(key);
    if (kind === 'JSON') {
      await row.getByRole('combobox', { name: 'Value type' }).click();
      await this.page.getByRole('option', { name: 'JSON' }).click();
    }
    await row.getByRole('textbox', { name: 'Value' }).fill(value);
  }
  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
}
