import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from '../../../routes/navigation';
import {
  normalizeGridState,
  parseGridState,
  serializeGridState,
  type GridFilters,
  type GridState,
} from './grid-params';

type Patch<T> = Partial<T> | ((latest: GridState) => Partial<T>);

export interface GridStateApi {
  state: GridState;
  /** Changes the view; a new history entry unless `replace` (Back then skips this step). */
  update(patch: Patch<GridState>, options?: { replace?: boolean }): void;
  /** Any change of what matches starts again from page 1. */
  setFilters(patch: Partial<GridFilters>, options?: { replace?: boolean }): void;
}

/** The grid's view, kept in the route's query string (inside the hash: routes/hash-location). */
export function useGridState(): GridStateApi {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseGridState(searchParams), [searchParams]);
  // Two quick changes (a double click on "next", a filter right after "clear all") can both start
  // from the same rendered URL: the new one is on show before React has rendered it. The URL
  // last asked for is kept until a render has caught up, and each change builds on it.
  const pending = useRef<string | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [searchParams]);

  const update = useCallback<GridStateApi['update']>(
    (patch, options) => {
      const base = parseGridState(
        pending.current === null ? searchParams : new URLSearchParams(pending.current),
      );
      const changes = typeof patch === 'function' ? patch(base) : patch;
      const next = serializeGridState(normalizeGridState({ ...base, ...changes }));
      pending.current = next.toString();
      setSearchParams(next, { replace: options?.replace ?? false });
    },
    [searchParams, setSearchParams],
  );

  const setFilters = useCallback<GridStateApi['setFilters']>(
    (patch, options) => update({ ...patch, page: 1 }, options),
    [update],
  );

  return { state, update, setFilters };
}
