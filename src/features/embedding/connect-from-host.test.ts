import { describe, expect, it, vi } from 'vitest';
import { parseRuntimeConfig } from '../../config/load-runtime-config';
import type { RuntimeConfig } from '../../config/runtime-config-schema';
import type { testConnection } from '../connection/test-connection';
import { connectFromHost } from './connect-from-host';

function config(data: object): RuntimeConfig {
  const result = parseRuntimeConfig(data);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const message = {
  protocol: 'customer-desk',
  version: 1,
  type: 'connect',
  storeUrl: 'https://other.example.com',
  consumerKey: 'ck_1',
  consumerSecret: 'cs_1',
} as const;

function fakeTest(): typeof testConnection {
  return vi.fn(async (values) => ({
    ok: true as const,
    offeredVersions: ['v3' as const],
    connection: {
      storeUrl: values.storeUrl,
      storeName: 'Shop',
      version: 'v3' as const,
      authMode: values.authMode,
      consumerKey: values.consumerKey,
      consumerSecret: values.consumerSecret,
      remember: values.remember,
      access: 'read_write' as const,
    },
  }));
}

describe('connectFromHost', () => {
  it('tests the handed-over keys like the connect screen, never remembering them', async () => {
    const test = fakeTest();
    const outcome = await connectFromHost(message, config({ authMode: 'oauth1' }), test);
    expect(outcome).toMatchObject({ ok: true, connection: { remember: false } });
    expect(test).toHaveBeenCalledWith(
      expect.objectContaining({ authMode: 'oauth1', remember: false }),
    );
  });

  it('refuses another store when config.json locks the address, before sending keys', async () => {
    const test = fakeTest();
    const locked = config({
      storeUrl: 'https://shop.example.com',
      staffMayChange: { storeUrl: false },
    });
    expect(await connectFromHost(message, locked, test)).toEqual({
      ok: false,
      problem: 'storeUrlLocked',
    });
    expect(test).not.toHaveBeenCalled();
    const same = { ...message, storeUrl: 'https://shop.example.com/' };
    expect((await connectFromHost(same, locked, test)).ok).toBe(true);
  });

  it('keeps a locked auth mode whatever the host asks', async () => {
    const test = fakeTest();
    await connectFromHost(
      { ...message, authMode: 'query' },
      config({ authMode: 'basic', staffMayChange: { authMode: false } }),
      test,
    );
    expect(test).toHaveBeenCalledWith(expect.objectContaining({ authMode: 'basic' }));
  });

  it('refuses a store address that is not http(s)', async () => {
    const outcome = await connectFromHost(
      { ...message, storeUrl: 'javascript:alert(1)' },
      config({}),
      fakeTest(),
    );
    expect(outcome).toEqual({ ok: false, problem: 'invalidConnection' });
  });
});
