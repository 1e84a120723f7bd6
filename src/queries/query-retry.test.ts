import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorKind } from '../api/errors';
import { retryDelayFor, shouldRetryQuery } from './query-retry';

const error = (
  kind: ApiErrorKind,
  extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {},
) => new ApiError({ kind, message: kind, ...extra });

describe('shouldRetryQuery', () => {
  it.each(['network', 'timeout', 'server', 'rate_limited'] as const)(
    'retries %s up to 3 times',
    (kind) => {
      expect([0, 1, 2, 3].map((n) => shouldRetryQuery(n, error(kind)))).toEqual([
        true,
        true,
        true,
        false,
      ]);
    },
  );

  it.each([
    'auth',
    'forbidden',
    'not_found',
    'validation',
    'too_large',
    'bad_response',
    'aborted',
  ] as const)('never retries %s', (kind) => {
    expect(shouldRetryQuery(0, error(kind))).toBe(false);
  });

  it('does not retry unknown errors or long Retry-After waits', () => {
    expect(shouldRetryQuery(0, new Error('bug'))).toBe(false);
    expect(shouldRetryQuery(0, error('rate_limited', { retryAfterSeconds: 3600 }))).toBe(false);
    expect(shouldRetryQuery(0, error('rate_limited', { retryAfterSeconds: 5 }))).toBe(true);
  });
});

describe('retryDelayFor', () => {
  it('backs off exponentially up to 30 s', () => {
    expect([0, 1, 2, 10].map((n) => retryDelayFor(n, error('server')))).toEqual([
      1000, 2000, 4000, 30_000,
    ]);
  });

  it('waits as long as Retry-After says', () => {
    expect(retryDelayFor(0, error('rate_limited', { retryAfterSeconds: 7 }))).toBe(7000);
    expect(retryDelayFor(0, error('server', { retryAfterSeconds: 0 }))).toBe(0);
  });
});
