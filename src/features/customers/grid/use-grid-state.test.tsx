import { act, render } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { createMemoryLocation } from '../../../routes/hash-location';
import { AppRouter } from '../../../routes/navigation';
import { DEFAULT_FILTERS } from './grid-params';
import { useGridState, type GridStateApi } from './use-grid-state';

function setup(initial = '/customers') {
  const seen: { api?: GridStateApi } = {};
  function Probe() {
    const api = useGridState();
    useEffect(() => {
      seen.api = api;
    });
    return null;
  }
  const router = createMemoryLocation(initial);
  render(
    <AppRouter source={router}>
      <Probe />
    </AppRouter>,
  );
  const api = () => {
    if (!seen.api) throw new Error('not rendered');
    return seen.api;
  };
  return { router, api };
}

describe('useGridState', () => {
  it('adds up changes made before the first one has rendered', () => {
    const { router, api } = setup();
    const { update } = api();
    act(() => {
      update((latest) => ({ page: latest.page + 1 }));
      update((latest) => ({ page: latest.page + 1 }));
    });
    expect(router.location().search).toBe('?page=3');
  });

  it('does not bring back a filter cleared just before', () => {
    const { router, api } = setup('/customers?role=all&page=4');
    const { setFilters } = api();
    act(() => {
      setFilters(DEFAULT_FILTERS);
      setFilters({ include: [10, 4] });
    });
    expect(router.location().search).toBe('?include=10%2C4');
  });

  it('pushes history entries unless asked to replace', async () => {
    const { router, api } = setup();
    act(() => api().update({ page: 2 }));
    act(() => api().update({ page: 3 }, { replace: true }));
    act(() => router.go(-1));
    expect(router.location().search).toBe('');
  });
});
