import { describe, expect, it } from 'vitest';
import { parseRuntimeConfig } from '../../config/load-runtime-config';
import { applyLocks, connectLocks, presetFormValues } from './connect-presets';

const parsed = parseRuntimeConfig({
  storeUrl: 'https://shop.example.com',
  apiVersion: 'v2',
  authMode: 'oauth1',
  staffMayChange: { storeUrl: false, authMode: false },
});
if (!parsed.ok) throw new Error('fixture config is invalid');
const { config } = parsed;

describe('connect presets', () => {
  it('prefills the form from config.json without any key', () => {
    expect(presetFormValues(config)).toEqual({
      storeUrl: 'https://shop.example.com',
      version: 'v2',
      authMode: 'oauth1',
      consumerKey: '',
      consumerSecret: '',
      remember: false,
    });
    expect(connectLocks(config)).toEqual({ storeUrl: true, version: false, authMode: true });
  });

  it('puts locked values back whatever reached the form', () => {
    const entered = {
      ...presetFormValues(config),
      storeUrl: 'https://evil.example',
      version: 'v3' as const,
      authMode: 'query' as const,
    };
    expect(applyLocks(entered, config)).toMatchObject({
      storeUrl: 'https://shop.example.com',
      version: 'v3',
      authMode: 'oauth1',
    });
  });
});
