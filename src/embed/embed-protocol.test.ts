import { describe, expect, it } from 'vitest';
import { announceToHost, openHostChannel } from './announce-to-host';
import { HostMessageSchema, envelope, isForUs, type AppEvent } from './embed-protocol';

const head = { protocol: 'customer-desk', version: 1 } as const;

describe('host messages', () => {
  it('accepts each documented message', () => {
    for (const message of [
      {
        ...head,
        type: 'connect',
        storeUrl: 'https://s.example',
        consumerKey: 'ck',
        consumerSecret: 'cs',
      },
      { ...head, type: 'theme', mode: 'dark', primaryColor: '#005a9c' },
      { ...head, type: 'locale', locale: 'zh-CN' },
      { ...head, type: 'navigate', path: '/customers/42' },
      { ...head, type: 'disconnect' },
    ]) {
      expect(HostMessageSchema.safeParse(message).success, message.type).toBe(true);
    }
  });

  it.each([
    [{ ...head, version: 2, type: 'locale', locale: 'en' }],
    [{ ...head, type: 'navigate', path: '//evil.example/' }],
    [{ ...head, type: 'navigate', path: 'https://evil.example/' }],
    [{ ...head, type: 'theme', primaryColor: 'red; background: url(x)' }],
    [{ ...head, type: 'locale', locale: 'fr' }],
    [{ ...head, type: 'eval', code: 'alert(1)' }],
  ])('refuses %j', (message) => {
    expect(HostMessageSchema.safeParse(message).success).toBe(false);
  });

  it('recognises only its own protocol', () => {
    expect(isForUs({ ...head, type: 'x' })).toBe(true);
    expect(isForUs({ type: 'webpackOk' })).toBe(false);
    expect(isForUs('customer-desk')).toBe(false);
  });
});

describe('announceToHost', () => {
  it('is silent without a channel and passes only type and id through one', () => {
    announceToHost({ type: 'customer-saved', id: 1 });
    const sent: AppEvent[] = [];
    const close = openHostChannel((event) => sent.push(event));
    const withExtras = { type: 'customer-deleted', id: 7, email: 'a@b.example' } as const;
    announceToHost(withExtras);
    close();
    announceToHost({ type: 'customer-saved', id: 8 });
    expect(sent).toEqual([{ type: 'customer-deleted', id: 7 }]);
    expect(envelope(sent[0]!)).toEqual({ ...head, type: 'customer-deleted', id: 7 });
  });
});
