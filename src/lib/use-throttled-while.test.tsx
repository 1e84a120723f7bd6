import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottledWhile } from './use-throttled-while';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  return renderHook(({ value, active }) => useThrottledWhile(value, active, 1000), {
    initialProps: { value: 1, active: false },
  });
}

describe('useThrottledWhile', () => {
  it('passes every value through at once while inactive', () => {
    const { result, rerender } = setup();
    rerender({ value: 2, active: false });
    expect(result.current).toBe(2);
  });

  it('while active, shows the value it started from until the interval, then the latest', () => {
    const { result, rerender } = setup();
    rerender({ value: 2, active: true });
    expect(result.current).toBe(2);
    rerender({ value: 3, active: true });
    rerender({ value: 4, active: true });
    expect(result.current).toBe(2);
    act(() => void vi.advanceTimersByTime(1000));
    expect(result.current).toBe(4);
    rerender({ value: 5, active: true });
    expect(result.current).toBe(4);
  });

  it('shows the latest value as soon as it stops, and starts afresh next time', () => {
    const { result, rerender } = setup();
    rerender({ value: 2, active: true });
    rerender({ value: 3, active: true });
    rerender({ value: 4, active: false });
    expect(result.current).toBe(4);
    rerender({ value: 5, active: true });
    expect(result.current).toBe(5);
  });
});
