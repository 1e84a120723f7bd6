import { describe, expect, it } from 'vitest';
import { findHostOrigin, isEmbedMode } from './embed-mode';

describe('isEmbedMode', () => {
  it('follows config.json or the ?embed flag before the hash', () => {
    expect(isEmbedMode(true, '')).toBe(true);
    expect(isEmbedMode(false, '?embed=1')).toBe(true);
    expect(isEmbedMode(false, '?embed')).toBe(true);
    expect(isEmbedMode(false, '?embed=0')).toBe(false);
    expect(isEmbedMode(false, '')).toBe(false);
  });
});

describe('findHostOrigin', () => {
  const allowed = ['https://portal.example.com', 'https://intranet.example.com'];

  it('takes the parent from ancestorOrigins, then the referrer, only if allowed', () => {
    expect(
      findHostOrigin(allowed, {
        ancestorOrigins: ['https://intranet.example.com'],
        referrer: 'https://portal.example.com/page',
      }),
    ).toBe('https://intranet.example.com');
    expect(findHostOrigin(allowed, { referrer: 'https://portal.example.com/x?y' })).toBe(
      'https://portal.example.com',
    );
    expect(
      findHostOrigin(allowed, { ancestorOrigins: ['https://evil.example'], referrer: '' }),
    ).toBeNull();
  });

  it('falls back to the only allowed origin, never to a wildcard', () => {
    expect(findHostOrigin(['https://portal.example.com'], { referrer: '' })).toBe(
      'https://portal.example.com',
    );
    expect(findHostOrigin(allowed, { referrer: '' })).toBeNull();
    expect(findHostOrigin([], { referrer: 'https://portal.example.com/' })).toBeNull();
  });
});
