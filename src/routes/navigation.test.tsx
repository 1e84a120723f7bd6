import { act, fireEvent, render, screen } from '@testing-library/react';
import { Route, Switch, useParams } from 'wouter';
import { describe, expect, it } from 'vitest';
import { createMemoryLocation, type LocationSourceOptions } from './hash-location';
import {
  AppRouter,
  RouterLink,
  useAppLocation,
  useBlocker,
  useNavigate,
  useSearchParams,
} from './navigation';

function Detail() {
  const { id } = useParams<{ id: string }>();
  const { state } = useAppLocation();
  return (
    <p>
      Customer {id} from {JSON.stringify(state)}
    </p>
  );
}

function Grid() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  return (
    <>
      <p>Page {params.get('page') ?? '1'}</p>
      <button onClick={() => void setParams(new URLSearchParams({ page: '2' }))}>Next</button>
      <RouterLink to="/customers/7" state={{ gridSearch: '?page=2' }}>
        Anna
      </RouterLink>
      <button onClick={() => void navigate('/batch')}>Batch</button>
    </>
  );
}

function Guard() {
  const held = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname,
  );
  if (!held) return null;
  return (
    <div role="dialog" aria-label="Leave?">
      <button onClick={held.reset}>Stay</button>
      <button onClick={held.proceed}>Leave</button>
    </div>
  );
}

function renderAt(path: string, guarded = false, options?: LocationSourceOptions) {
  const source = createMemoryLocation(path, options);
  render(
    <AppRouter source={source}>
      {guarded && <Guard />}
      <Switch>
        <Route path="/customers" component={Grid} />
        <Route path="/customers/:id" component={Detail} />
        <Route path="/batch">
          <p>Batch editor</p>
        </Route>
      </Switch>
    </AppRouter>,
  );
  return source;
}

describe('routing over a location source', () => {
  it('links carry their state; the query changes without leaving the route', () => {
    const source = renderAt('/customers');
    const link = screen.getByRole('link', { name: 'Anna' });
    expect(link.getAttribute('href')).toBe('/customers/7');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Page 2')).toBeDefined();
    expect(source.location().search).toBe('?page=2');
    fireEvent.click(link);
    expect(screen.getByText('Customer 7 from {"gridSearch":"?page=2"}')).toBeDefined();
    act(() => source.go(-1));
    expect(screen.getByText('Page 2')).toBeDefined();
  });

  it('leaves a click with a modifier key to the browser (a new tab)', () => {
    const source = renderAt('/customers');
    fireEvent.click(screen.getByRole('link', { name: 'Anna' }), { ctrlKey: true });
    expect(source.location().pathname).toBe('/customers');
  });

  it('holds links, navigate() and Back while blocked; Stay stays, Leave goes', () => {
    const source = renderAt('/customers', true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(screen.getByRole('link', { name: 'Anna' }));
    fireEvent.click(screen.getByRole('button', { name: 'Stay' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('Page 2')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Batch' }));
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(screen.getByText('Batch editor')).toBeDefined();

    act(() => source.go(-1));
    expect(screen.getByRole('dialog', { name: 'Leave?' })).toBeDefined();
    expect(screen.getByText('Batch editor')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(screen.getByText('Page 2')).toBeDefined();
  });

  it('drops a query change of the screen on show once a navigation elsewhere is on its way', async () => {
    let detailCode: () => void = () => undefined;
    const source = renderAt('/customers', false, {
      prepare: ({ pathname }) =>
        pathname === '/customers/7'
          ? new Promise<void>((resolve) => (detailCode = resolve))
          : undefined,
    });
    fireEvent.click(screen.getByRole('link', { name: 'Anna' }));
    // The detail screen's code is on its way; the grid's late query change (a search box's
    // debounce) comes now, and must not win over the link the person followed.
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(source.location().search).toBe('');
    await act(async () => detailCode());
    expect(screen.getByText('Customer 7 from {"gridSearch":"?page=2"}')).toBeDefined();
    expect(source.entries().paths).toEqual(['/customers', '/customers/7']);
  });
});
