import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { describe, expect, it } from 'vitest';
import { createMemoryLocation } from '../routes/hash-location';
import { AppRouter } from '../routes/navigation';
import { screenReady } from '../routes/prefetch';
import { lazyScreen } from './lazy-screen';

function deferred() {
  let settle = { resolve: () => {}, reject: (_: Error) => {} };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

// Paths of their own for each test: the screens register in the app-wide prefetch list.
let tests = 0;
async function setup() {
  const base = `/lazy-test-${++tests}`;
  const list = deferred();
  const detail = deferred();
  const broken = deferred();
  const List = lazyScreen(`${base}/list`, () => list.promise.then(() => () => <p>List</p>));
  const Detail = lazyScreen(`${base}/item/:id`, () =>
    detail.promise.then(() => () => <p>Detail</p>),
  );
  const Broken = lazyScreen(`${base}/broken`, () => broken.promise.then(() => () => <p>Never</p>));
  const source = createMemoryLocation(`${base}/list`, {
    prepare: ({ pathname }) => screenReady(pathname),
  });
  const tree = (
    <AppRouter source={source}>
      <Suspense fallback={<p>Starting</p>}>
        <Switch>
          <Route path={`${base}/list`} component={List} />
          <Route path={`${base}/item/:id`} component={Detail} />
          <Route path={`${base}/broken`} component={Broken} />
        </Switch>
      </Suspense>
    </AppRouter>
  );
  await act(async () => void render(tree));
  return { base, source, list, detail, broken };
}

describe('lazy screens', () => {
  it('keep the current screen on show until the next one has arrived', async () => {
    const { base, source, list, detail } = await setup();
    // The first screen of a page load: nothing to keep, so the page waits for it.
    expect(screen.getByText('Starting')).toBeDefined();
    await act(async () => list.resolve());
    expect(screen.getByText('List')).toBeDefined();

    let navigated = false;
    act(() => void source.navigate(`${base}/item/4`).then(() => (navigated = true)));
    expect(screen.getByText('List')).toBeDefined();
    expect(source.location().pathname).toBe(`${base}/list`);
    expect(navigated).toBe(false);
    await act(async () => detail.resolve());
    expect(navigated).toBe(true);
    expect(screen.getByText('Detail')).toBeDefined();
    expect(screen.queryByText('Starting')).toBeNull();
  });

  it('show the error page with Retry when a chunk does not arrive', async () => {
    const { base, source, list, broken } = await setup();
    await act(async () => list.resolve());
    act(() => void source.navigate(`${base}/broken`));
    await act(async () =>
      broken.reject(new TypeError('Failed to fetch dynamically imported module: x.js')),
    );
    expect(source.location().pathname).toBe(`${base}/broken`);
    expect(screen.getByText('Part of Customer Desk could not be loaded.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeDefined();
  });
});
