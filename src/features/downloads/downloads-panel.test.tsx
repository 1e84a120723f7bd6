import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeCustomer } from '../../api/testing/customer-fixtures';
import { jsonResponse } from '../../api/testing/fake-fetch';
import { renderDetail } from '../customer-detail/detail-test-harness';

const download = (overrides: Record<string, unknown> = {}) => ({
  download_id: 'd1',
  download_url: 'https://shop.test/?download_file=12&order=wc_order_abc&key=d1',
  product_id: 12,
  product_name: 'Sourdough guide',
  download_name: 'Guide (PDF)',
  order_id: 1497,
  order_key: 'wc_order_abc',
  downloads_remaining: '3',
  access_expires: 'never',
  access_expires_gmt: 'never',
  file: { name: 'guide.pdf', file: 'https://shop.test/uploads/guide.pdf' },
  ...overrides,
});

async function panel() {
  const region = await screen.findByRole('region', { name: 'Downloads' });
  return within(region);
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

// Whole screens under jsdom: the first render (MUI, i18n) is slow on a loaded machine.
describe('downloads panel', { timeout: 20_000 }, () => {
  it('lists product, file, order, remaining and expiry', async () => {
    renderDetail({ customer: makeCustomer(5), downloads: [download()] });
    const downloads = await panel();
    const row = await downloads.findByRole('row', { name: /Sourdough guide/ });
    expect(row.textContent).toContain('Product #12');
    expect(row.textContent).toContain('Guide (PDF)');
    expect(row.textContent).toContain('guide.pdf');
    expect(row.textContent).toContain('Order #1497');
    expect(row.textContent).toContain('wc_order_abc');
    expect(row.textContent).toContain('3');
    expect(row.textContent).toContain('Never');
    expect(
      within(row)
        .getByRole('link', { name: /Open download link for Guide/ })
        .getAttribute('href'),
    ).toBe('https://shop.test/?download_file=12&order=wc_order_abc&key=d1');
  });

  it('never renders a non-http(s) download URL as a link', async () => {
    renderDetail({
      customer: makeCustomer(5),
      downloads: [download({ download_url: 'javascript:alert(1)' })],
    });
    const downloads = await panel();
    expect(await downloads.findByText(/Not a web link/)).toBeTruthy();
    expect(downloads.queryByRole('link')).toBeNull();
    expect(downloads.queryByRole('button', { name: /Copy/ })).toBeNull();
  });

  it('copies the link and announces it; a refused copy shows the link instead', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    renderDetail({ customer: makeCustomer(5), downloads: [download()] });
    const downloads = await panel();
    fireEvent.click(
      await downloads.findByRole('button', { name: 'Copy download link for Guide (PDF)' }),
    );
    expect(await screen.findByText('Download link for Guide (PDF) copied.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(download().download_url);

    stubClipboard(() => Promise.reject(new Error('NotAllowedError')));
    fireEvent.click(downloads.getByRole('button', { name: 'Copy download link for Guide (PDF)' }));
    expect(
      await screen.findByText(/did not allow copying. The link is: https:\/\/shop.test/),
    ).toBeTruthy();
  });

  it('shows a loading status while the request is pending, then the downloads', async () => {
    let answer: () => void = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    renderDetail({
      customer: makeCustomer(5),
      downloads: [download()],
      intercept: async (call, store) => {
        if (call.url.pathname.endsWith('/downloads')) await held;
        return store(call);
      },
    });
    const downloads = await panel();
    expect(downloads.getByRole('status', { name: 'Loading downloads…' })).toBeTruthy();
    expect(downloads.queryByRole('row')).toBeNull();

    answer();
    expect(await downloads.findByRole('row', { name: /Sourdough guide/ })).toBeTruthy();
    expect(downloads.queryByRole('status', { name: 'Loading downloads…' })).toBeNull();
  });

  it('says when there are no downloads', async () => {
    renderDetail({ customer: makeCustomer(5), downloads: [] });
    expect(await (await panel()).findByText(/No downloads/)).toBeTruthy();
  });

  it('shows an error with Retry, which loads them', async () => {
    let fail = true;
    renderDetail({
      customer: makeCustomer(5),
      downloads: [download()],
      intercept: (call, store) => {
        if (call.url.pathname.endsWith('/downloads') && fail) {
          fail = false;
          return jsonResponse(
            { code: 'woocommerce_rest_cannot_view', message: 'No.', data: { status: 403 } },
            { status: 403 },
          );
        }
        return store(call);
      },
    });
    const downloads = await panel();
    fireEvent.click(await downloads.findByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(downloads.getByRole('row', { name: /Sourdough guide/ })).toBeTruthy(),
    );
  });
});
