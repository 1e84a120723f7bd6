import { describe, expect, it } from 'vitest';
import { DownloadSchema, type Download } from '../../api/schemas/download';
import { toDownloadRow } from './download-row';

const NOW = new Date('2026-06-01T00:00:00Z');

function download(overrides: Record<string, unknown> = {}): Download {
  return DownloadSchema.parse({
    download_id: '91d3a6f8',
    download_url: 'https://shop.test/?download_file=77&order=wc_order_abc&key=91d3a6f8',
    product_id: 77,
    product_name: 'Font Family',
    download_name: 'Fonts (OTF)',
    order_id: 1497,
    order_key: 'wc_order_abc',
    downloads_remaining: 'unlimited',
    access_expires: 'never',
    access_expires_gmt: 'never',
    file: { name: 'fonts.zip', file: 'https://shop.test/uploads/fonts.zip' },
    ...overrides,
  });
}

describe('toDownloadRow', () => {
  it('names product, file and order, and reads "unlimited" and "never"', () => {
    const row = toDownloadRow(download(), 'v3', 'en', NOW);
    expect(row).toMatchObject({
      productId: 77,
      productName: 'Font Family',
      fileName: 'Fonts (OTF)',
      storedName: 'fonts.zip',
      orderId: 1497,
      orderKey: 'wc_order_abc',
      remaining: undefined,
      expires: { kind: 'never' },
      href: 'https://shop.test/?download_file=77&order=wc_order_abc&key=91d3a6f8',
    });
  });

  it('counts remaining downloads, sent as a string or a number', () => {
    expect(toDownloadRow(download({ downloads_remaining: '3' }), 'v3', 'en', NOW).remaining).toBe(
      3,
    );
    expect(toDownloadRow(download({ downloads_remaining: 0 }), 'v3', 'en', NOW).remaining).toBe(0);
  });

  it('reads v2+ expiry from the GMT twin and says when it has passed', () => {
    const row = toDownloadRow(
      download({
        access_expires: '2026-05-02T00:00:00',
        access_expires_gmt: '2026-05-01T16:00:00',
      }),
      'v3',
      'en',
      NOW,
    );
    expect(row.expires).toMatchObject({ kind: 'date', siteTime: false, expired: true });
    if (row.expires.kind === 'date') expect(row.expires.text).toContain('2026');
  });

  it('reads the one v1 date as UTC, and has no product name there', () => {
    const v1 = download({ access_expires: '2027-01-01T16:00:00' });
    delete (v1 as Partial<Download>).product_name;
    delete (v1 as Partial<Download>).access_expires_gmt;
    const row = toDownloadRow(v1, 'v1', 'en', NOW);
    expect(row.productName).toBeUndefined();
    expect(row.expires).toMatchObject({ kind: 'date', siteTime: false, expired: false });
  });

  it('falls back to the store’s own time when v2+ sends no GMT date', () => {
    const row = toDownloadRow(
      download({ access_expires: '2027-01-01T00:00:00', access_expires_gmt: undefined }),
      'v2',
      'en',
      NOW,
    );
    expect(row.expires).toMatchObject({ kind: 'date', siteTime: true, expired: undefined });
  });

  it('never makes a link of a non-http(s) URL', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '/relative', '']) {
      const row = toDownloadRow(download({ download_url: url }), 'v3', 'en', NOW);
      expect(row.href).toBeUndefined();
      expect(row.url).toBe(url);
    }
  });

  it('shows bidi overrides in product and file names instead of letting them reorder the name', () => {
    const row = toDownloadRow(
      download({
        product_name: 'Fonts \u202Eexe.zip',
        download_name: 'invoice\u202Efdp.exe',
        file: { name: 'x\u2066y.zip', file: 'https://shop.test/x.zip' },
      }),
      'v3',
      'en',
      NOW,
    );
    expect(row).toMatchObject({
      productName: 'Fonts [U+202E]exe.zip',
      fileName: 'invoice[U+202E]fdp.exe',
      storedName: 'x[U+2066]y.zip',
    });
  });
});
