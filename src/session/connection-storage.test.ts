import { beforeEach, describe, expect, it } from 'vitest';
import type { SavedConnection } from './connection-settings';
import { forgetConnection, loadConnection, saveConnection } from './connection-storage';

const connection: SavedConnection = {
  storeUrl: 'https://shop.example.com',
  storeName: 'Shop',
  version: 'v3',
  authMode: 'auto',
  consumerKey: 'ck_1',
  consumerSecret: 'cs_1',
  remember: false,
  access: 'read_write',
};

describe('connection storage', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('keeps keys in session storage unless "remember" is ticked', () => {
    saveConnection(connection);
    expect(sessionStorage.length).toBe(1);
    expect(localStorage.length).toBe(0);
    expect(loadConnection()).toEqual(connection);
  });

  it('uses local storage when remembered, and never both', () => {
    saveConnection(connection);
    saveConnection({ ...connection, remember: true });
    expect(localStorage.length).toBe(1);
    expect(sessionStorage.length).toBe(0);
    expect(loadConnection()?.remember).toBe(true);
  });

  it('forgets everywhere', () => {
    saveConnection({ ...connection, remember: true });
    forgetConnection();
    expect(loadConnection()).toBeNull();
  });

  it('drops a corrupt or outdated entry instead of crashing', () => {
    sessionStorage.setItem('customer-desk.connection', '{"storeUrl": 1');
    localStorage.setItem('customer-desk.connection', JSON.stringify({ storeUrl: 'x' }));
    expect(loadConnection()).toBeNull();
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });
});

describe('connection storage when the browser blocks it', () => {
  it('neither throws nor keeps anything, and says so', async () => {
    const { blockStorage } = await import('../test/block-storage');
    const unblock = blockStorage();
    try {
      expect(saveConnection(connection)).toBe(false);
      expect(loadConnection()).toBeNull();
      expect(() => forgetConnection()).not.toThrow();
    } finally {
      unblock();
    }
    expect(sessionStorage.length + localStorage.length).toBe(0);
    expect(saveConnection(connection)).toBe(true);
  });
});
