import { useEffect, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../session/api-client-context';
import { customerQueries } from '../../../queries/customer-queries';
import { useCustomers } from '../../../queries/use-customers';
import { revalidateStoreSnapshot } from '../../../queries/store-snapshot';
import { afterNextPaint } from '../../../lib/after-next-paint';
import type { GridState } from './grid-params';
import { toListParams } from './grid-query';
import type { GridStateApi } from './use-grid-state';

/**
 * The page the URL asks for. While another page loads the previous one stays on screen
 * (keepPreviousData); the one after is fetched ahead, so "next" is instant. Responses for views the
 * user has left are cancelled through the query's AbortSignal, and React Query only ever shows the
 * answer for the current key, so a slow old search cannot overwrite a newer one.
 */
export function useGridData(grid: GridStateApi, fields: string[]) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { state, update } = grid;
  const { version } = client.config;
  const fieldKey = fields.join(',');
  const params = useMemo(
    () => toListParams(state, version, fieldKey.split(',')),
    [state, version, fieldKey],
  );
  const query = useCustomers(params);
  const current = query.isPlaceholderData ? undefined : query.data;

  useEffect(() => {
    if (!current || state.page >= current.totalPages) return;
    const next: GridState = { ...state, page: state.page + 1 };
    // Once this page is painted: after a click React runs this effect before the frame, and the
    // request's sending (and, from a fast store, the answer's parsing) would delay the new rows.
    return afterNextPaint(() => {
      void queryClient.prefetchQuery(
        customerQueries.list(client, toListParams(next, version, fieldKey.split(','))),
      );
    });
  }, [current, state, client, queryClient, version, fieldKey]);

  // The rows are on screen: now the store's kept index and currency may be asked again.
  const shown = current !== undefined;
  useEffect(() => {
    if (shown) revalidateStoreSnapshot();
  }, [shown]);

  // A page past the end (a filter narrowed the list, or an old link) snaps back to the last one.
  useEffect(() => {
    if (!current) return;
    const last = Math.max(1, current.totalPages);
    if (state.page > last) update({ page: last }, { replace: true });
  }, [current, state.page, update]);

  return query;
}
