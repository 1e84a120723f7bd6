import { describe, expect, it, vi } from 'vitest';
import { createI18n, type I18n } from './instance';
import type { TranslationKey } from './types';

type L = 'en' | 'zh-CN';
const EN = { app: { title: 'Desk', hello: 'Hello {{name}}' }, onlyEn: 'English only' };
const ZH = { app: { title: '管理台', hello: '你好 {{name}}' } };

/** An instance whose zh-CN arrives when the test says so (or fails). */
function setup(initial: L = 'en') {
  const i18n = createI18n<L>({ initial, fallback: 'en' });
  i18n.addStrings({ en: EN });
  const requests: { language: L; resolve: (s: object) => void; reject: (e: Error) => void }[] = [];
  i18n.setStringsLoader(
    (language) => new Promise((resolve, reject) => requests.push({ language, resolve, reject })),
  );
  const t = (key: string, options?: Record<string, unknown>) =>
    i18n.t(key as TranslationKey, options);
  return { i18n, requests, t };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function watch(i18n: I18n<L>) {
  const listener = vi.fn();
  i18n.subscribe(listener);
  return listener;
}

describe('createI18n', () => {
  it('shows a language only once its strings have loaded, and loads them once', async () => {
    const { i18n, requests, t } = setup();
    const before = i18n.t;
    const changing = i18n.changeLanguage('zh-CN');
    await settle();
    expect(i18n.language).toBe('en');
    expect(t('app.title')).toBe('Desk');
    expect(requests.map((r) => r.language)).toEqual(['zh-CN']);
    requests[0]?.resolve(ZH);
    await changing;
    expect(i18n.language).toBe('zh-CN');
    expect(t('app.hello', { name: 'Ann' })).toBe('你好 Ann');
    expect(t('onlyEn')).toBe('English only');
    expect(i18n.t).not.toBe(before);
    // Back and forth: loaded languages switch at once, without asking the loader again.
    void i18n.changeLanguage('en');
    expect(i18n.language).toBe('en');
    void i18n.changeLanguage('zh-CN');
    expect(i18n.language).toBe('zh-CN');
    expect(requests).toHaveLength(1);
  });

  it('keeps t the same function while nothing changes', async () => {
    const { i18n } = setup();
    const t = i18n.t;
    await i18n.changeLanguage('en');
    i18n.addStrings({ en: { app: { title: 'Desk' } } }); // the same words again
    expect(i18n.t).toBe(t);
  });

  it('stays in English when a language fails to load, and tries again next time', async () => {
    const { i18n, requests, t } = setup();
    const listener = watch(i18n);
    const failing = i18n.changeLanguage('zh-CN');
    await settle();
    requests[0]?.reject(new Error('offline'));
    await failing;
    expect(i18n.language).toBe('en');
    expect(t('app.title')).toBe('Desk');
    const retry = i18n.changeLanguage('zh-CN');
    await settle();
    expect(requests).toHaveLength(2);
    requests[1]?.resolve(ZH);
    await retry;
    expect(i18n.language).toBe('zh-CN');
    expect(listener).toHaveBeenCalled();
  });

  it('falls back to English when the first language cannot load', async () => {
    const { i18n, requests, t } = setup('zh-CN');
    expect(i18n.language).toBe('zh-CN');
    expect(t('app.title')).toBe('Desk'); // English while Chinese is on the way
    const loading = i18n.loadLanguage('zh-CN');
    await settle();
    requests[0]?.reject(new Error('offline'));
    expect(await loading).toBe(false);
    expect(i18n.language).toBe('en');
  });

  it('waits for the loader when a language is asked for before it is set', async () => {
    const i18n = createI18n<L>({ initial: 'zh-CN', fallback: 'en' });
    const loading = i18n.loadLanguage('zh-CN');
    i18n.setStringsLoader(() => Promise.resolve(ZH));
    expect(await loading).toBe(true);
    expect(i18n.t('app.title' as TranslationKey)).toBe('管理台');
  });

  it('of two quick changes, shows the later one', async () => {
    const { i18n, requests } = setup();
    const first = i18n.changeLanguage('zh-CN');
    void i18n.changeLanguage('en');
    await settle();
    requests[0]?.resolve(ZH);
    await first;
    expect(i18n.language).toBe('en');
  });

  it('keeps late strings added before their language loads, next to its own strings', async () => {
    const { i18n, requests, t } = setup();
    const listener = watch(i18n);
    i18n.addStrings({ en: { late: { menu: 'Views' } }, 'zh-CN': { late: { menu: '视图' } } });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(t('late.menu')).toBe('Views');
    const changing = i18n.changeLanguage('zh-CN');
    await settle();
    // The late part did not count as the language: its own strings are still asked for.
    expect(requests).toHaveLength(1);
    requests[0]?.resolve({ ...ZH, late: { button: '按钮' } });
    await changing;
    expect(t('late.menu')).toBe('视图');
    expect(t('late.button')).toBe('按钮');
    expect(t('app.title')).toBe('管理台');
  });

  it('tells whether a key exists in the language or the fallback', async () => {
    const { i18n, requests } = setup();
    const changing = i18n.changeLanguage('zh-CN');
    await settle();
    requests[0]?.resolve(ZH);
    await changing;
    expect(i18n.exists('app.title')).toBe(true);
    expect(i18n.exists('onlyEn')).toBe(true);
    expect(i18n.exists('app')).toBe(false);
    expect(i18n.exists('nothing.here')).toBe(false);
  });
});
