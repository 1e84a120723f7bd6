import { describe, expect, it } from 'vitest';
import { en } from '../app/locales/en';
import { zhCN } from '../app/locales/zh-CN';
import { shortcutsHelpEn } from '../app/locales/shortcuts-help';
import { customerDetailEn } from '../features/customer-detail/locales/en';
import { customerDetailZhCN } from '../features/customer-detail/locales/zh-CN';
import { downloadsEn } from '../features/downloads/locales/en';
import { downloadsZhCN } from '../features/downloads/locales/zh-CN';
import { customerOrdersEn } from '../features/customer-orders/locales/en';
import { customerOrdersZhCN } from '../features/customer-orders/locales/zh-CN';
import { customerFormEn } from '../features/customer-form/locales/en';
import { customerFormZhCN } from '../features/customer-form/locales/zh-CN';
import { advancedSearchEn } from '../features/advanced-search/locales/en';
import { advancedSearchZhCN } from '../features/advanced-search/locales/zh-CN';
import { batchEn } from '../features/batch/locales/en';
import { batchZhCN } from '../features/batch/locales/zh-CN';
import { i18n, pickInitialLocale } from './i18n';
import { mergeStrings, type Strings } from './translate';

function leaves(tree: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [k, v] of leaves(value as object, path)) found.set(k, v);
  }
  return found;
}

/** The parts laid over each other with the app's own merge, as lazy screens add theirs. */
function laidOver(...parts: object[]): Strings {
  const tree: Strings = {};
  for (const part of parts) mergeStrings(tree, part as Strings);
  return tree;
}

// Every string in each language: the bundled ones and the parts lazy screens bring (the shortcuts
// dialog brings its English only; the customer page, downloads, orders, the form, advanced
// search and the batch editor bring both languages, the last three on top of the few the grid shows).
const allEnglish = laidOver(en, {
  shortcutsHelp: shortcutsHelpEn,
  customerDetail: customerDetailEn,
  downloads: downloadsEn,
  customerOrders: customerOrdersEn,
  customerForm: customerFormEn,
  advancedSearch: advancedSearchEn,
  batch: batchEn,
});
const allChinese = laidOver(zhCN, {
  customerDetail: customerDetailZhCN,
  downloads: downloadsZhCN,
  customerOrders: customerOrdersZhCN,
  customerForm: customerFormZhCN,
  advancedSearch: advancedSearchZhCN,
  batch: batchZhCN,
});

describe('translations', () => {
  it('Simplified Chinese has every English string, none left empty or untranslated', () => {
    const english = leaves(allEnglish);
    const chinese = leaves(allChinese);
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    // Language names, and marks that read the same in both (a dash for "none").
    const languageNames = new Set([
      'languages.en',
      'languages.zh-CN',
      'errors.validation',
      'customerOrders.noPayment',
    ]);
    for (const [key, text] of chinese) {
      expect(text.trim(), key).not.toBe('');
      if (!languageNames.has(key))
        expect(text, `${key} is still English`).not.toBe(english.get(key));
    }
  });

  it('keeps the same interpolation placeholders in both languages', () => {
    const chinese = leaves(allChinese);
    for (const [key, text] of leaves(allEnglish)) {
      const placeholders = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
      expect(placeholders(chinese.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});

describe('pickInitialLocale', () => {
  it('prefers a saved choice', () => {
    expect(pickInitialLocale('zh-CN', ['en-US'])).toBe('zh-CN');
  });
  it('falls back to the first supported browser language', () => {
    expect(pickInitialLocale(null, ['fr-FR', 'zh-TW', 'en'])).toBe('zh-CN');
    expect(pickInitialLocale(null, ['en-GB'])).toBe('en');
  });
  it('ignores an unsupported saved value and defaults to English', () => {
    expect(pickInitialLocale('klingon', ['de-DE'])).toBe('en');
  });
});

describe('the app instance', () => {
  it('has both languages in tests, and the page says which one is shown', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(i18n.t('app.title')).toBe(zhCN.app.title);
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('app.title')).toBe(en.app.title);
  });
});
