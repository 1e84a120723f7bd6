import { describe, expect, it } from 'vitest';
import { savedViewsEn } from './en';
import { savedViewsZhCN } from './zh-CN';
import { savedViewsStartEn } from './start-en';
import { savedViewsStartZhCN } from './start-zh-CN';

// These strings load with the menu (not through src/app/locales), so i18n.test.ts does not see
// them: the same checks here.
function leaves(tree: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [k, v] of leaves(value as object, path)) found.set(k, v);
  }
  return found;
}

describe.each([
  ['menu', savedViewsEn, savedViewsZhCN],
  ['button', savedViewsStartEn, savedViewsStartZhCN],
])('saved-views strings (%s)', (_part, en, zh) => {
  it('Simplified Chinese has every string, translated, with the same placeholders', () => {
    const english = leaves(en);
    const chinese = leaves(zh);
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    const placeholders = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
    for (const [key, text] of english) {
      const translated = chinese.get(key) ?? '';
      expect(translated.trim(), key).not.toBe('');
      expect(translated, `${key} is still English`).not.toBe(text);
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });
});
