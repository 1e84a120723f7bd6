import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHashLocation,
  createMemoryLocation,
  type HeldNavigation,
  type LocationSource,
  type Transition,
} from './hash-location';

// The browser's history in jsdom: Back and Forward (history.go) report by popstate/hashchange
// a moment later, as in a browser, so those steps are awaited with vi.waitFor.

const stops: (() => void)[] = [];
afterEach(() => {
  while (stops.length) stops.pop()?.();
});

/** A source that is listened to, as the mounted app listens to it. */
function listened<S extends LocationSource>(source: S): S & { changes: number } {
  const counted = Object.assign(source, { changes: 0 });
  stops.push(source.subscribe(() => (counted.changes += 1)));
  return counted;
}

/** Blocks every change of pathname; the held navigations are collected. */
function blockPathChanges(source: LocationSource) {
  const held: HeldNavigation[] = [];
  const asked: Transition[] = [];
  stops.push(
    source.block(
      (transition) => {
        asked.push(transition);
        return transition.currentLocation.pathname !== transition.nextLocation.pathname;
      },
      (navigation) => held.push(navigation),
    ),
  );
  return { held, asked };
}

describe('the hash location', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/app/index.html?embed=1#/customers');
  });

  it('keeps the query inside the hash and the page its own path and query', async () => {
    const source = listened(createHashLocation());
    await source.navigate('/customers?page=2&orderby=id');
    expect(window.location.hash).toBe('#/customers?page=2&orderby=id');
    expect(window.location.pathname).toBe('/app/index.html');
    expect(window.location.search).toBe('?embed=1');
    expect(source.location()).toEqual({
      pathname: '/customers',
      search: '?page=2&orderby=id',
      state: null,
    });
    expect(source.href('/customers/130/edit')).toBe('#/customers/130/edit');
  });

  it('reads a link opened from outside: path, query and no state', () => {
    window.history.replaceState(null, '', '/app/index.html#/connect?next=%2Fcustomers%2F130');
    const source = createHashLocation();
    expect(source.location()).toEqual({
      pathname: '/connect',
      search: '?next=%2Fcustomers%2F130',
      state: null,
    });
    // No hash at all is the root route, which the app sends on to the grid.
    window.history.replaceState(null, '', '/app/index.html');
    expect(createHashLocation().location().pathname).toBe('/');
  });

  it('adds a history entry for a push and none for a replace', async () => {
    const source = listened(createHashLocation());
    const start = window.history.length;
    await source.navigate('/customers/130');
    expect(window.history.length).toBe(start + 1);
    await source.navigate('/customers/130/edit', { replace: true });
    expect(window.history.length).toBe(start + 1);
    expect(window.location.hash).toBe('#/customers/130/edit');
    // Back skips the replaced step: to the grid.
    source.go(-1);
    await vi.waitFor(() => expect(source.location().pathname).toBe('/customers'));
    expect(window.location.hash).toBe('#/customers');
  });

  it('keeps each entry its own state, through Back and Forward', async () => {
    const source = listened(createHashLocation());
    await source.navigate('/customers/130', { state: { gridSearch: '?page=2' } });
    expect(source.location().state).toEqual({ gridSearch: '?page=2' });
    await source.navigate('/customers/130/edit');
    expect(source.location().state).toBeNull();
    source.go(-1);
    await vi.waitFor(() => expect(source.location().pathname).toBe('/customers/130'));
    expect(source.location().state).toEqual({ gridSearch: '?page=2' });
    source.go(1);
    await vi.waitFor(() => expect(source.location().pathname).toBe('/customers/130/edit'));
    expect(source.location().state).toBeNull();
  });

  it('shows a new location only once prepare has settled, and the latest navigation wins', async () => {
    const waits: { path: string; done: () => void }[] = [];
    const source = listened(
      createHashLocation({
        prepare: ({ pathname }) =>
          pathname === '/customers'
            ? undefined
            : new Promise<void>((resolve) => waits.push({ path: pathname, done: resolve })),
      }),
    );
    const toBatch = source.navigate('/batch');
    // The current screen stays, in the address bar too, while the next one's code is awaited.
    expect(source.location().pathname).toBe('/customers');
    expect(window.location.hash).toBe('#/customers');
    expect(source.heading().pathname).toBe('/batch');
    const toDetail = source.navigate('/customers/7');
    expect(source.heading().pathname).toBe('/customers/7');
    waits.find((wait) => wait.path === '/batch')?.done();
    await toBatch;
    expect(source.location().pathname).toBe('/customers');
    waits.find((wait) => wait.path === '/customers/7')?.done();
    await toDetail;
    expect(source.location().pathname).toBe('/customers/7');
    expect(source.heading()).toBe(source.location());
    expect(window.location.hash).toBe('#/customers/7');
    // Nothing to wait for: shown at once.
    const changes = source.changes;
    void source.navigate('/customers?page=3');
    expect(source.location().search).toBe('?page=3');
    expect(source.changes).toBe(changes + 1);
  });

  it('holds a blocked push: reset stays, proceed goes', async () => {
    const source = listened(createHashLocation());
    const { held } = blockPathChanges(source);
    await source.navigate('/customers?page=2');
    expect(held).toHaveLength(0);
    expect(source.location().search).toBe('?page=2');

    await source.navigate('/customers/5', { state: { gridSearch: '?page=2' } });
    expect(held).toHaveLength(1);
    expect(source.location().pathname).toBe('/customers');
    expect(window.location.hash).toBe('#/customers?page=2');
    held[0]?.reset();
    expect(source.location().pathname).toBe('/customers');

    await source.navigate('/customers/5', { state: { gridSearch: '?page=2' } });
    expect(held).toHaveLength(2);
    held[1]?.proceed();
    await vi.waitFor(() => expect(source.location().pathname).toBe('/customers/5'));
    expect(source.location().state).toEqual({ gridSearch: '?page=2' });
    expect(window.location.hash).toBe('#/customers/5');
  });

  it('undoes a blocked Back until it is allowed, then goes back', async () => {
    const source = listened(createHashLocation());
    await source.navigate('/customers/5');
    await source.navigate('/customers/5/edit');
    const { held, asked } = blockPathChanges(source);

    source.go(-1);
    await vi.waitFor(() => expect(held).toHaveLength(1));
    expect(asked.at(-1)?.nextLocation.pathname).toBe('/customers/5');
    // The address bar returns to the form, which stays on show throughout.
    await vi.waitFor(() => expect(window.location.hash).toBe('#/customers/5/edit'));
    expect(source.location().pathname).toBe('/customers/5/edit');
    held[0]?.reset();
    // Let the undo's own events pass: they are not navigations.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(held).toHaveLength(1);
    expect(source.location().pathname).toBe('/customers/5/edit');

    source.go(-1);
    await vi.waitFor(() => expect(held).toHaveLength(2));
    await vi.waitFor(() => expect(window.location.hash).toBe('#/customers/5/edit'));
    held[1]?.proceed();
    await vi.waitFor(() => expect(source.location().pathname).toBe('/customers/5'));
    expect(window.location.hash).toBe('#/customers/5');
    expect(held).toHaveLength(2);
  });

  it('marks the entry the page opened on once the first screen has painted; Back to it is held', async () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    const source = createHashLocation();
    // Not while the first screen renders.
    expect(replace).not.toHaveBeenCalled();
    listened(source);
    // Nor as the first screen mounts: once it has painted.
    expect(replace).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(replace).toHaveBeenCalledTimes(1));
    replace.mockRestore();
    expect(window.history.state).toEqual({ usr: null, idx: 0 });

    await source.navigate('/customers/5/edit');
    const { held } = blockPathChanges(source);
    source.go(-1);
    // Back to the first entry is a step back (asked about), not a hash typed in.
    await vi.waitFor(() => expect(held).toHaveLength(1));
    await vi.waitFor(() => expect(window.location.hash).toBe('#/customers/5/edit'));
    held[0]?.proceed();
    await vi.waitFor(() => expect(source.location().pathname).toBe('/customers'));
  });

  it('marks the first entry before a step away from it that comes before the paint', async () => {
    const source = listened(createHashLocation());
    await source.navigate('/customers/5/edit');
    const { held } = blockPathChanges(source);
    source.go(-1);
    await vi.waitFor(() => expect(held).toHaveLength(1));
    held[0]?.proceed();
    await vi.waitFor(() => expect(source.location().pathname).toBe('/customers'));
    expect(window.history.state).toEqual({ usr: null, idx: 0 });
  });

  it('follows a hash typed into the address bar as a new step; Back from it is held', async () => {
    const source = listened(createHashLocation());
    await source.navigate('/customers/5/edit');
    const { held } = blockPathChanges(source);
    window.location.hash = '#/batch';
    await vi.waitFor(() => expect(source.location().pathname).toBe('/batch'));
    expect(held).toHaveLength(0);
    // It got its place in the history: Back is one step, held and undone.
    source.go(-1);
    await vi.waitFor(() => expect(held).toHaveLength(1));
    expect(held).toHaveLength(1);
    await vi.waitFor(() => expect(window.location.hash).toBe('#/batch'));
    held[0]?.proceed();
    await vi.waitFor(() => expect(source.location().pathname).toBe('/customers/5/edit'));
    expect(window.location.hash).toBe('#/customers/5/edit');
  });

  it('does not block a change of the query alone when the blocker says so', async () => {
    const source = listened(createHashLocation());
    await source.navigate('/customers?page=2');
    await source.navigate('/customers?page=3');
    const { held, asked } = blockPathChanges(source);
    source.go(-1);
    await vi.waitFor(() => expect(source.location().search).toBe('?page=2'));
    expect(asked).toHaveLength(1);
    expect(held).toHaveLength(0);
  });
});

describe('the memory location', () => {
  it('pushes, replaces, keeps state and goes back like the hash one, without a window', async () => {
    const source = listened(createMemoryLocation('/customers?page=2'));
    expect(source.location()).toEqual({ pathname: '/customers', search: '?page=2', state: null });
    await source.navigate('/customers/3', { state: { gridSearch: '?page=2' } });
    await source.navigate('/customers/3/edit', { replace: true });
    expect(source.entries()).toEqual({
      paths: ['/customers?page=2', '/customers/3/edit'],
      index: 1,
    });
    expect(source.href('/batch')).toBe('/batch');
    source.go(-1);
    expect(source.location().search).toBe('?page=2');
    source.go(1);
    // The replace made its own entry, with its own (no) state.
    expect(source.location()).toEqual({ pathname: '/customers/3/edit', search: '', state: null });
  });

  it('blocks Back and restores the entry it was on', async () => {
    const source = listened(createMemoryLocation('/customers'));
    await source.navigate('/customers/new');
    const { held } = blockPathChanges(source);
    source.go(-1);
    expect(held).toHaveLength(1);
    expect(source.entries().index).toBe(1);
    expect(source.location().pathname).toBe('/customers/new');
    held[0]?.proceed();
    expect(source.entries().index).toBe(0);
    expect(source.location().pathname).toBe('/customers');
  });
});
