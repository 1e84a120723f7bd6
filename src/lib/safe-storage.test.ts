import { afterEach, describe, expect, it, vi } from 'vitest';
import { canKeep, storageOf } from './safe-storage';
import { blockStorage } from '../test/block-storage';

describe('safe storage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hands out the storages when the browser allows them', () => {
    expect(storageOf('session')).toBe(window.sessionStorage);
    expect(canKeep('local')).toBe(true);
    expect(localStorage.length).toBe(0); // the probe leaves nothing behind
  });

  it('answers null / false instead of throwing when storage is blocked', () => {
    const unblock = blockStorage();
    try {
      expect(storageOf('session')).toBeNull();
      expect(storageOf('local')).toBeNull();
      expect(canKeep('session')).toBe(false);
    } finally {
      unblock();
    }
  });

  it('answers false when the storage is there but refuses writes (full, private mode)', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(canKeep('local')).toBe(false);
  });
});
