import { describe, expect, it } from 'vitest';
import { formatStoreWallClock, formatUtcInstant } from './format-date';

describe('formatUtcInstant', () => {
  it('reads a zone-less GMT date as UTC and shows it in the given zone, zone named', () => {
    const text = formatUtcInstant('2024-03-01T10:00:00', 'en-US', 'Asia/Shanghai');
    expect(text).toContain('6:00');
    expect(text).toMatch(/GMT\+8|CST/);
    expect(formatUtcInstant('2024-03-01T10:00:00', 'en-US', 'UTC')).toMatch(/10:00.*UTC/);
  });

  it('in the viewer’s own zone, names winter and summer times each by their own zone name', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      // Asked twice in a row each, so a remembered name would show if it were the wrong one.
      for (const gmt of ['2024-01-15T12:00:00', '2024-07-15T12:00:00', '2024-01-16T12:00:00']) {
        const named = formatUtcInstant(gmt, 'en-GB', 'Europe/Berlin');
        expect(formatUtcInstant(gmt, 'en-GB')).toBe(named);
        expect(formatUtcInstant(gmt, 'en-GB')).toBe(named);
      }
      expect(formatUtcInstant('2024-01-15T12:00:00', 'en-GB')).not.toBe(
        formatUtcInstant('2024-07-15T12:00:00', 'en-GB').replace('15 Jul', '15 Jan'),
      );
    } finally {
      process.env.TZ = zone;
    }
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatUtcInstant('soon', 'en')).toBe('soon');
  });
});

describe('formatStoreWallClock', () => {
  it('keeps the store clock whatever the viewer zone', () => {
    expect(formatStoreWallClock('2024-03-01T23:30:00', 'en-US')).toBe('Mar 1, 2024, 11:30 PM');
    expect(formatStoreWallClock('garbage', 'en-US')).toBe('garbage');
  });
});
