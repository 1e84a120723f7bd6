import { describe, expect, it } from 'vitest';
import { labelTemplate } from './label-template';
import { translate, type Strings } from './translate';
import type { TFunction, TOptions, TranslationKey } from './types';

function translator(strings: Strings): TFunction {
  return (key: TranslationKey, options?: TOptions) =>
    translate([{ language: 'en', strings }], key, options);
}
const key = (k: string) => k as TranslationKey;

describe('labelTemplate', () => {
  it('fills the variable as t would', () => {
    const t = translator({ select: 'Select {{name}}', twice: '{{name}} and {{name}}' });
    const select = labelTemplate(t, key('select'), 'name');
    expect(select('Ada Lovelace')).toBe(t(key('select'), { name: 'Ada Lovelace' }));
    expect(select('')).toBe('Select ');
    expect(labelTemplate(t, key('twice'), 'name')('Bo')).toBe('Bo and Bo');
  });

  it('keeps values verbatim, even ones that look like markup or placeholders', () => {
    const t = translator({ remove: '删除 {{name}}' });
    const remove = labelTemplate(t, key('remove'), 'name');
    expect(remove('<b>{{name}}</b> $& $1')).toBe('删除 <b>{{name}}</b> $& $1');
  });
});
