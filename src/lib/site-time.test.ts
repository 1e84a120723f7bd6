import { describe, expect, it } from 'vitest';
import { v1CreatedToGmt } from './site-time';

describe('v1CreatedToGmt', () => {
  it('gives back the GMT time a real 7.9 store in Berlin printed an hour early', () => {
    // Made at 19:17:02 GMT; v1 answered 18:17:02 (its date_modified said 19:17:02).
    const berlin = { name: 'Europe/Berlin', offsetHours: 1 };
    expect(v1CreatedToGmt('2026-12-05T18:17:02', berlin)).toBe('2026-12-05T19:17:02');
  });

  it('follows the zone’s own offset at that time, not today’s', () => {
    const berlin = { name: 'Europe/Berlin', offsetHours: 1 };
    expect(v1CreatedToGmt('2026-07-01T10:00:00', berlin)).toBe('2026-07-01T12:00:00');
    expect(v1CreatedToGmt('2024-02-29T16:00:00', { name: 'Asia/Shanghai' })).toBe(
      '2024-03-01T00:00:00',
    );
  });

  it('uses a fixed offset where the site has no zone name, or one Intl does not know', () => {
    expect(v1CreatedToGmt('2026-01-10T06:30:00', { offsetHours: 5.5 })).toBe('2026-01-10T12:00:00');
    expect(v1CreatedToGmt('2026-01-10T06:30:00', { name: 'Mars/Olympus', offsetHours: -2 })).toBe(
      '2026-01-10T04:30:00',
    );
  });

  it('leaves the value as sent without a zone, or when it is not a WooCommerce date', () => {
    expect(v1CreatedToGmt('2026-12-05T18:17:02', undefined)).toBe('2026-12-05T18:17:02');
    expect(v1CreatedToGmt('2026-12-05T18:17:02', { name: 'Mars/Olympus' })).toBe(
      '2026-12-05T18:17:02',
    );
    expect(v1CreatedToGmt('yesterday', { offsetHours: 1 })).toBe('yesterday');
    expect(v1CreatedToGmt('2026-12-05T18:17:02Z', { offsetHours: 1 })).toBe('2026-12-05T18:17:02Z');
  });
});
