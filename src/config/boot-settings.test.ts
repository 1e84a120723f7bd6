import { afterEach, describe, expect, it } from 'vitest';
import { loadBootSettings, rememberBootSettings } from './boot-settings';
import { DEFAULT_RUNTIME_CONFIG } from './runtime-config-schema';

const KEY = 'customer-desk.boot-settings';

describe('boot settings', () => {
  afterEach(() => localStorage.clear());

  it('keeps what the next boot needs of config.json, and nothing else', () => {
    rememberBootSettings({
      ...DEFAULT_RUNTIME_CONFIG,
      pageSize: 50,
      avatars: 'gravatar',
      requestTimeoutSeconds: 12,
      storeUrl: 'https://shop.example',
    });
    expect(JSON.parse(localStorage.getItem(KEY) ?? '')).toEqual({
      pageSize: 50,
      avatars: 'gravatar',
      requestTimeoutSeconds: 12,
    });
    expect(loadBootSettings()).toEqual({
      pageSize: 50,
      avatars: 'gravatar',
      requestTimeoutSeconds: 12,
    });
  });

  it('has nothing on a first visit', () => {
    expect(loadBootSettings()).toBeUndefined();
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '"gravatar"'],
    [
      'a page size the grid has not',
      '{"pageSize":30,"avatars":"initials","requestTimeoutSeconds":30}',
    ],
    ['an unknown avatar mode', '{"avatars":"robots","requestTimeoutSeconds":30}'],
    ['no timeout', '{"avatars":"initials"}'],
    ['a timeout out of range', '{"avatars":"initials","requestTimeoutSeconds":0}'],
  ])('ignores a stored value that is %s (the boot then waits for config.json)', (_, stored) => {
    localStorage.setItem(KEY, stored);
    expect(loadBootSettings()).toBeUndefined();
  });
});
