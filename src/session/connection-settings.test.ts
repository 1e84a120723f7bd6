import { describe, expect, it } from 'vitest';
import { ConnectFormSchema, isLocalHost, normalizeStoreUrl } from './connection-settings';

const valid = {
  storeUrl: 'https://shop.example.com/',
  version: 'auto',
  consumerKey: ' ck_1 ',
  consumerSecret: 'cs_1',
  authMode: 'auto',
  remember: false,
};

describe('ConnectFormSchema', () => {
  it('accepts a complete form and trims keys', () => {
    const parsed = ConnectFormSchema.parse(valid);
    expect(parsed.consumerKey).toBe('ck_1');
  });
  it.each([
    ['storeUrl', 'shop.example.com', 'invalidUrl'],
    ['storeUrl', 'ftp://shop.example.com', 'invalidUrl'],
    ['storeUrl', '', 'required'],
    ['consumerKey', '  ', 'required'],
    ['consumerSecret', '', 'required'],
  ])('rejects %s = %j with %s', (field, value, message) => {
    const result = ConnectFormSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((issue) => issue.path[0] === field)?.message).toBe(message);
  });
});

describe('store URLs', () => {
  it('drops trailing slashes, query and fragment but keeps a sub-path', () => {
    expect(normalizeStoreUrl('https://example.com/shop/?x=1#y')).toBe('https://example.com/shop');
    expect(normalizeStoreUrl(' http://127.0.0.1:8787/ ')).toBe('http://127.0.0.1:8787');
  });
  it('knows which hosts are local', () => {
    expect(isLocalHost('http://localhost:8080')).toBe(true);
    expect(isLocalHost('http://127.0.0.1')).toBe(true);
    expect(isLocalHost('http://shop.example.com')).toBe(false);
  });
});
