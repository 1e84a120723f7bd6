import { describe, expect, it } from 'vitest';
import { formatStoreWallClock, formatUtcInstant } from './format-date';

describe('formatUtcInstant', () => {
  it('reads a zone-less GMT date as UTC and shows it in the given zone, zone named', () => {
    const text = formatUtcInstant('2024-03-01T10:00:00', 'en-US', 'Asia/Shanghai');
    expect(text).toContain('6:00');
    expect(text).toMatch(/GMT\+8|CST/);
    expect(formatUtcInstant('2024-03-01T10:00:00', 'en-US', 'UTC')).toMatch(/10:00.*UTC/);
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
