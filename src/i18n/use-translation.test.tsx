import { memo } from 'react';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addStrings, i18n } from './i18n';
import type { TFunction, TranslationKey } from './types';
import { useTranslation } from './use-translation';

let rowRenders = 0;
const Row = memo(function Row({ t }: { t: TFunction }) {
  rowRenders++;
  return <li>{t('customers.title')}</li>;
});

function Screen({ lateKey }: { lateKey?: string }) {
  const { t, i18n: instance } = useTranslation();
  return (
    <main lang={instance.language}>
      <h1>{t('app.title')}</h1>
      <p>{t('batch.reviewDialog.creates', { count: 2 })}</p>
      {lateKey && <p>{t(lateKey as TranslationKey)}</p>}
      <ul>
        <Row t={t} />
      </ul>
    </main>
  );
}

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('useTranslation', () => {
  it('renders again in the new language, and tells which language it is', async () => {
    render(<Screen />);
    expect(screen.getByRole('heading').textContent).toBe('Customer Desk');
    expect(screen.getByText('2 customers will be created.')).toBeTruthy();
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(screen.getByRole('heading').textContent).toBe('客户管理台');
    expect(screen.getByText('将新建 2 个客户。')).toBeTruthy();
    expect(screen.getByRole('main').getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByRole('listitem').textContent).toBe('客户');
  });

  it('renders again when late strings arrive', () => {
    render(<Screen lateKey="lateTest.hello" />);
    expect(screen.getByText('lateTest.hello')).toBeTruthy();
    act(() =>
      addStrings({
        en: { lateTest: { hello: 'Hello' } },
        'zh-CN': { lateTest: { hello: '你好' } },
      }),
    );
    expect(screen.getByText('Hello')).toBeTruthy();
  });

  it('keeps t the same across renders, so memoised rows are left alone', () => {
    const { rerender } = render(<Screen />);
    const before = rowRenders;
    rerender(<Screen lateKey="app.title" />);
    rerender(<Screen />);
    expect(rowRenders).toBe(before);
    act(() => void i18n.changeLanguage('zh-CN'));
    expect(rowRenders).toBe(before + 1);
  });
});
