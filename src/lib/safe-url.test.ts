import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeHttpUrl('https://shop.example/file.zip')).toBe('https://shop.example/file.zip');
    expect(safeHttpUrl(' http://127.0.0.1:8787/a?b=1 ')).toBe('http://127.0.0.1:8787/a?b=1');
  });

  it('refuses script, data and relative URLs and non-strings', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      '//evil.example/x',
      '/relative',
      '',
      null,
      42,
    ]) {
      expect(safeHttpUrl(bad), String(bad)).toBeUndefined();
    }
  });
});
