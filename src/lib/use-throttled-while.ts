import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * While `active`, `value` as it stood at most `intervalMs` ago, taken afresh once per interval;
 * otherwise `value` itself, at once. For a screen fed many changes a second for a while (a batch
 * send shrinks its queue with every answer) that would otherwise redraw everything each time.
 */
export function useThrottledWhile<T>(value: T, active: boolean, intervalMs: number): T {
  const [held, setHeld] = useState<{ value: T } | null>(null);
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  // Starting and stopping are decided in render (React redraws at once, before anything shows):
  // held from the value of the render that turned `active` on, dropped when it turns off.
  if (active && held === null) setHeld({ value });
  if (!active && held !== null) setHeld(null);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => {
      setHeld((now) => (now?.value === latest.current ? now : { value: latest.current }));
    }, intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return active && held ? held.value : value;
}
