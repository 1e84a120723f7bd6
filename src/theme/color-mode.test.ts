import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The store keeps module state (the mode, whether it started): each test loads a fresh copy.
async function freshStore() {
  vi.resetModules();
  return import('./color-mode');
}

let systemDark = false;
const mediaListeners = new Set<() => void>();

function setSystemDark(dark: boolean) {
  systemDark = dark;
  for (const listener of mediaListeners) listener();
}

beforeEach(() => {
  systemDark = false;
  mediaListeners.clear();
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === '(prefers-color-scheme: dark)' && systemDark;
    },
    addEventListener: (_type: string, listener: () => void) => mediaListeners.add(listener),
  }));
  localStorage.clear();
  document.documentElement.className = '';
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const htmlClasses = () => [...document.documentElement.classList];

describe('colour mode', () => {
  it('applies the stored choice before anything renders', async () => {
    localStorage.setItem('mui-mode', 'dark');
    const { startColorMode } = await freshStore();
    startColorMode();
    expect(htmlClasses()).toEqual(['dark']);
  });

  it('follows the system live while the choice is "system", and not after another choice', async () => {
    const { startColorMode, setColorMode } = await freshStore();
    startColorMode();
    expect(htmlClasses()).toEqual(['light']);
    setSystemDark(true);
    expect(htmlClasses()).toEqual(['dark']);
    setColorMode('light');
    setSystemDark(false);
    setSystemDark(true);
    expect(htmlClasses()).toEqual(['light']);
  });

  it('keeps a choice under the key MUI used, and ignores what is not a mode', async () => {
    localStorage.setItem('mui-mode', 'purple');
    const { startColorMode, setColorMode } = await freshStore();
    startColorMode();
    expect(htmlClasses()).toEqual(['light']);
    setColorMode('dark');
    expect(localStorage.getItem('mui-mode')).toBe('dark');
    expect(htmlClasses()).toEqual(['dark']);
  });

  it("takes another tab's choice without writing it back", async () => {
    const { startColorMode } = await freshStore();
    startColorMode();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    window.dispatchEvent(new StorageEvent('storage', { key: 'mui-mode', newValue: 'dark' }));
    expect(htmlClasses()).toEqual(['dark']);
    expect(setItem).not.toHaveBeenCalled();
    setItem.mockRestore();
  });
});
