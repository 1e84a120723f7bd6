import { describe, expect, it } from 'vitest';
import { isWordPressEmail } from './wordpress-email';

describe('isWordPressEmail (WordPress is_email rules)', () => {
  it('accepts ordinary and plus-addressed emails', () => {
    for (const ok of [
      'a@b.co',
      'ana.silva+shop@example.com',
      "o'brien@mail.example.ie",
      'X_Y@sub.do-main.org',
    ])
      expect(isWordPressEmail(ok), ok).toBe(true);
  });

  it('refuses what WordPress refuses', () => {
    for (const bad of [
      'a@b.c', // under 6 bytes
      '@example.com',
      'no-at-sign.example.com',
      'ana@localhost', // one label
      'ana@exa..mple.com',
      'ana@.example.com',
      'ana@example.com.',
      'ana@-example.com',
      'ana@exam_ple.com',
      'ana silva@example.com',
      '新客户@example.com', // WordPress is ASCII-only
      'ana@例子.中国',
    ])
      expect(isWordPressEmail(bad), bad).toBe(false);
  });
});
