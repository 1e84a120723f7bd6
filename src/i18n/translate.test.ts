import { describe, expect, it } from 'vitest';
import {
  interpolate,
  lookup,
  mergeStrings,
  pluralSuffix,
  translate,
  type Strings,
} from './translate';

const en: Strings = {
  app: { title: 'Customer Desk', connected: 'Connected to {{store}} (API {{version}})' },
  batch: {
    added_one: '1 operation added.',
    added_other: '{{count}} operations added.',
    onlyEnglish_one: 'one (en)',
    onlyEnglish_other: '{{count}} (en)',
  },
  pages: { of: 'of {{count}}' },
  fallbackOnly: 'Only in English',
};
const zh: Strings = {
  app: { title: '客户管理台', connected: '已连接到 {{store}}（API {{version}}）' },
  batch: { added_one: '已添加 1 项操作。', added_other: '已添加 {{count}} 项操作。' },
  pages: { of: '共 {{count}} 页' },
};
const inEnglish = [{ language: 'en', strings: en }];
const inChinese = [
  { language: 'zh-CN', strings: zh },
  { language: 'en', strings: en },
];

describe('interpolate', () => {
  it('fills every placeholder, spaces inside the braces allowed', () => {
    expect(interpolate('{{a}} and {{ b }} and {{a}}', { a: 'x', b: 2 })).toBe('x and 2 and x');
  });
  it('leaves a placeholder with no value as it is; null and undefined values print nothing', () => {
    expect(interpolate('Hi {{name}}', {})).toBe('Hi {{name}}');
    expect(interpolate('Hi {{name}}!', { name: undefined })).toBe('Hi !');
    expect(interpolate('Hi {{name}}!', { name: null })).toBe('Hi !');
  });
  it('inserts values verbatim: no second pass, no replacement patterns', () => {
    expect(interpolate('{{a}}', { a: '{{b}} $& $1 <b>', b: 'no' })).toBe('{{b}} $& $1 <b>');
  });
  it('does not see an own-property check through the prototype', () => {
    expect(interpolate('{{toString}}', {})).toBe('{{toString}}');
  });
});

describe('lookup and mergeStrings', () => {
  it('finds leaves only', () => {
    expect(lookup(en, 'app.title')).toBe('Customer Desk');
    expect(lookup(en, 'app')).toBeUndefined();
    expect(lookup(en, 'app.title.more')).toBeUndefined();
    expect(lookup(en, 'constructor')).toBeUndefined();
    expect(lookup(undefined, 'app.title')).toBeUndefined();
  });
  it('merges branch by branch without sharing or changing the part', () => {
    const part: Strings = { app: { title: 'New' } };
    const target: Strings = { app: { title: 'Old', other: 'Kept' } };
    expect(mergeStrings(target, part)).toBe(true);
    expect(target).toEqual({ app: { title: 'New', other: 'Kept' } });
    expect(mergeStrings(target, part)).toBe(false);
    (target.app as Strings).title = 'Changed';
    expect(part).toEqual({ app: { title: 'New' } });
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate(inEnglish, 'app.connected', { store: 'shop', version: 'v3' })).toBe(
      'Connected to shop (API v3)',
    );
  });

  it('picks the English plural form by count', () => {
    expect(translate(inEnglish, 'batch.added', { count: 1 })).toBe('1 operation added.');
    expect(translate(inEnglish, 'batch.added', { count: 0 })).toBe('0 operations added.');
    expect(translate(inEnglish, 'batch.added', { count: 2 })).toBe('2 operations added.');
    expect(translate(inEnglish, 'batch.added', { count: 1.5 })).toBe('1.5 operations added.');
  });

  it('uses the Chinese rules in Chinese: one form for every number', () => {
    expect(pluralSuffix('zh-CN', 1)).toBe('_other');
    expect(translate(inChinese, 'batch.added', { count: 1 })).toBe('已添加 1 项操作。');
    expect(translate(inChinese, 'batch.added', { count: 3 })).toBe('已添加 3 项操作。');
  });

  it('uses the bare key with a count when there are no plural forms', () => {
    expect(translate(inEnglish, 'pages.of', { count: 1 })).toBe('of 1');
    expect(translate(inChinese, 'pages.of', { count: 7 })).toBe('共 7 页');
  });

  it('falls back to English, with English plural rules, for what the language lacks', () => {
    expect(translate(inChinese, 'fallbackOnly')).toBe('Only in English');
    expect(translate(inChinese, 'batch.onlyEnglish', { count: 1 })).toBe('one (en)');
    expect(translate(inChinese, 'batch.onlyEnglish', { count: 4 })).toBe('4 (en)');
  });

  it('shows defaultValue, else the key, when no language has it', () => {
    expect(translate(inChinese, 'customers.roles.wholesale', { defaultValue: 'wholesale' })).toBe(
      'wholesale',
    );
    expect(translate(inChinese, 'no.such.key')).toBe('no.such.key');
    expect(translate(inChinese, 'app')).toBe('app');
    expect(translate(inChinese, 'app.title', { defaultValue: 'unused' })).toBe('客户管理台');
  });
});
