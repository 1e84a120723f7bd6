import { afterEach, describe, expect, it } from 'vitest';
import { applyConfiguredLocale, i18n, saveLocale } from '../i18n/i18n';

// config.json's defaultLocale: beats the browser's languages, not the person's saved choice,
// unless the deployment locks the language.
describe('applyConfiguredLocale', () => {
  afterEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('en');
  });

  it('applies the configured language when the person has not chosen one', async () => {
    await applyConfiguredLocale('zh-CN', false);
    expect(i18n.language).toBe('zh-CN');
  });

  it('leaves a saved choice alone', async () => {
    saveLocale('en');
    await applyConfiguredLocale('zh-CN', false);
    expect(i18n.language).toBe('en');
  });

  it('overrides a saved choice when the language is locked', async () => {
    saveLocale('en');
    await applyConfiguredLocale('zh-CN', true);
    expect(i18n.language).toBe('zh-CN');
  });

  it('does nothing without a configured language', async () => {
    await applyConfiguredLocale(undefined, true);
    expect(i18n.language).toBe('en');
  });
});
