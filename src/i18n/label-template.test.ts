import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { labelTemplate } from './label-template';

async function translator(resources: Record<string, string>) {
  const instance = createInstance();
  await instance.init({
    lng: 'en',
    resources: { en: { translation: resources } },
    interpolation: { escapeValue: false },
  });
  return instance.t as TFunction & ((key: string, options?: Record<string, string>) => string);
}

describe('labelTemplate', () => {
  it('fills the variable as i18next would', async () => {
    const t = await translator({ select: 'Select {{name}}', twice: '{{name}} and {{name}}' });
    const select = labelTemplate(t, 'select', 'name');
    expect(select('Ada Lovelace')).toBe(t('select', { name: 'Ada Lovelace' }));
    expect(select('')).toBe('Select ');
    expect(labelTemplate(t, 'twice', 'name')('Bo')).toBe('Bo and Bo');
  });

  it('keeps values verbatim, even ones that look like markup or placeholders', async () => {
    const t = await translator({ remove: '删除 {{name}}' });
    const remove = labelTemplate(t, 'remove', 'name');
    expect(remove('<b>{{name}}</b> $& $1')).toBe('删除 <b>{{name}}</b> $& $1');
  });
});
