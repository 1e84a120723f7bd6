import { describe, expect, it } from 'vitest';
import { revealBidiControls } from './bidi';

describe('revealBidiControls', () => {
  it('shows overrides, embeddings and isolates as code points', () => {
    expect(revealBidiControls('invoice\u202Efdp.exe')).toBe('invoice[U+202E]fdp.exe');
    expect(revealBidiControls('\u2067a\u2069 \u202Ab\u202C')).toBe(
      '[U+2067]a[U+2069] [U+202A]b[U+202C]',
    );
  });

  it('leaves right-to-left scripts, marks and emoji alone', () => {
    for (const text of ['مريم الحسن', 'שלום.pdf', 'a\u200Fb', '👩🏽‍💻 fonts.zip', '']) {
      expect(revealBidiControls(text)).toBe(text);
    }
  });
});
