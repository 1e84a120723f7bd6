import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from '../../routes/navigation';
import {
  parseAdvancedState,
  serializeAdvancedState,
  type AdvancedFilters,
  type AdvancedState,
} from './advanced-params';

export interface AdvancedStateApi {
  state: AdvancedState;
  /** Changes the view; a new history entry unless `replace`. */
  update(patch: Partial<AdvancedState>, options?: { replace?: boolean }): void;
  /** Any change of what matches starts again from page 1. */
  setFilters(patch: Partial<AdvancedFilters>, options?: { replace?: boolean }): void;
}

/** The advanced search's view, kept in the route's query string like the grid's. */
export function useAdvancedState(): AdvancedStateApi {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseAdvancedState(searchParams), [searchParams]);
  // Two quick changes can both start from the same rendered URL (a render catches up after the
  // URL has changed); each builds on the URL last asked for until a render catches up.
  const pending = useRef<string | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [searchParams]);

  const update = useCallback<AdvancedStateApi['update']>(
    (patch, options) => {
      const base = parseAdvancedState(
        pending.current === null ? searchParams : new URLSearchParams(pending.current),
      );
      const next = serializeAdvancedState({ ...base, ...patch });
      pending.current = next.toString();
      setSearchParams(next, { replace: options?.replace ?? false });
    },
    [searchParams, setSearchParams],
  );

  const setFilters = useCallback<AdvancedStateApi['setFilters']>(
    (patch, options) => update({ ...patch, page: 1 }, options),
    [update],
  );

  return { state, update, setFilters };
}
