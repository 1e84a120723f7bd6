import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkSignals, linkSignalsManually } from './abort';

afterEach(() => vi.useRealTimers());

describe('linkSignalsManually (browsers without AbortSignal.any)', () => {
  it('aborts on the timeout and says so', () => {
    vi.useFakeTimers();
    const linked = linkSignalsManually(1000);
    vi.advanceTimersByTime(999);
    expect(linked.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(linked.signal.aborted).toBe(true);
    expect(linked.timedOut()).toBe(true);
  });

  it("follows the caller's signal, even one already aborted", () => {
    const caller = new AbortController();
    const linked = linkSignalsManually(1000, caller.signal);
    caller.abort('stop');
    expect(linked.signal.aborted).toBe(true);
    expect(linked.signal.reason).toBe('stop');
    expect(linked.timedOut()).toBe(false);
    linked.dispose();
    expect(linkSignalsManually(1000, AbortSignal.abort()).signal.aborted).toBe(true);
  });

  it('stops its timer when disposed', () => {
    vi.useFakeTimers();
    const linked = linkSignalsManually(1000);
    linked.dispose();
    vi.advanceTimersByTime(5000);
    expect(linked.signal.aborted).toBe(false);
  });
});

describe('linkSignals', () => {
  it('uses the manual fallback when AbortSignal.any is missing', () => {
    vi.useFakeTimers();
    const any = AbortSignal.any;
    Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true });
    try {
      const caller = new AbortController();
      const linked = linkSignals(50, caller.signal);
      caller.abort();
      expect(linked.signal.aborted).toBe(true);
      expect(linked.timedOut()).toBe(false);
    } finally {
      Object.defineProperty(AbortSignal, 'any', { value: any, configurable: true });
    }
  });

  it('tells a timeout from a cancellation with the native signals', async () => {
    const linked = linkSignals(10, new AbortController().signal);
    await new Promise((resolve) =>
      linked.signal.addEventListener('abort', resolve, { once: true }),
    );
    expect(linked.timedOut()).toBe(true);
  });
});
