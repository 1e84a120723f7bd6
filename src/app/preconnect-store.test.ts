import { afterEach, describe, expect, it } from 'vitest';
import { CONNECTION_STORAGE_KEY } from '../session/connection-key';
import { keptStoreOrigin, preconnectToKeptStore } from './preconnect-store';

const links = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')];

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  for (const link of links()) link.remove();
});

describe('the store preconnect at boot', () => {
  it('opens a connection, without credentials, to the kept store’s origin alone', () => {
    localStorage.setItem(
      CONNECTION_STORAGE_KEY,
      JSON.stringify({ storeUrl: ' https://user:pw@shop.example.com:8443/wp/?x=1#y ' }),
    );
    preconnectToKeptStore();
    expect(links()).toHaveLength(1);
    expect(links()[0]?.href).toBe('https://shop.example.com:8443/');
    expect(links()[0]?.crossOrigin).toBe('anonymous');
  });

  it('finds a connection kept for this tab only, in session storage', () => {
    sessionStorage.setItem(
      CONNECTION_STORAGE_KEY,
      JSON.stringify({ storeUrl: 'http://shop.test' }),
    );
    expect(keptStoreOrigin()).toBe('http://shop.test');
  });

  it('does nothing without a usable address', () => {
    for (const kept of [
      null,
      'not json',
      'null',
      JSON.stringify({}),
      JSON.stringify({ storeUrl: 42 }),
      JSON.stringify({ storeUrl: 'shop.example.com' }),
      JSON.stringify({ storeUrl: 'javascript:alert(1)' }),
      JSON.stringify({ storeUrl: 'ftp://shop.example.com' }),
    ]) {
      if (kept === null) localStorage.removeItem(CONNECTION_STORAGE_KEY);
      else localStorage.setItem(CONNECTION_STORAGE_KEY, kept);
      preconnectToKeptStore();
    }
    expect(links()).toHaveLength(0);
  });

  it('does not preconnect to the app’s own origin', () => {
    localStorage.setItem(
      CONNECTION_STORAGE_KEY,
      JSON.stringify({ storeUrl: `${window.location.origin}/shop` }),
    );
    preconnectToKeptStore();
    expect(links()).toHaveLength(0);
  });
});
