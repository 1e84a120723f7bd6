import { describe, expect, it } from 'vitest';
import { DEFAULT_STORE_OPTIONS, parseStoreArgs } from '../cli.ts';

describe('parseStoreArgs', () => {
  it('applies the documented defaults', () => {
    expect(parseStoreArgs([])).toEqual({ ...DEFAULT_STORE_OPTIONS, https: false });
    expect(DEFAULT_STORE_OPTIONS).toMatchObject({ port: 8787, customers: 250, seed: 42 });
  });

  it('reads every option', () => {
    const args = [
      '--port',
      '0',
      '--https',
      '--key',
      'ck_x',
      '--secret',
      'cs_x',
      '--read-key',
      'ck_r',
      '--read-secret',
      'cs_r',
    ];
    const more = [
      '--customers',
      '1000',
      '--seed',
      '9',
      '--data',
      'u.json',
      '--timezone',
      'UTC',
      '--namespaces',
      'wc/v3,wp/v2',
    ];
    expect(parseStoreArgs([...args, ...more])).toEqual({
      port: 0,
      https: true,
      key: 'ck_x',
      secret: 'cs_x',
      readKey: 'ck_r',
      readSecret: 'cs_r',
      customers: 1000,
      seed: 9,
      dataFile: 'u.json',
      timezone: 'UTC',
      namespaces: ['wc/v3', 'wp/v2'],
    });
  });

  it('refuses bad values and unknown options', () => {
    expect(() => parseStoreArgs(['--port', 'abc'])).toThrow(/--port/);
    expect(() => parseStoreArgs(['--port', '70000'])).toThrow(/65535/);
    expect(() => parseStoreArgs(['--key', 'ck_only'])).toThrow(/--secret/);
    expect(() => parseStoreArgs(['--customers', '-5'])).toThrow();
    expect(() => parseStoreArgs(['--bogus'])).toThrow();
  });
});
