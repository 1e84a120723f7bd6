import { lazy, type ComponentType } from 'react';

/**
 * A component whose code loads on first render, plus `preload()` to start that load earlier: on
 * hover or focus of what opens it, so a click does not wait for the network. A failed load is
 * forgotten, so the next attempt asks the network again.
 */
export function lazyWithPreload<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loading: Promise<ComponentType<Props>> | undefined;
  const preload = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  const Component = lazy(async () => ({ default: await preload() }));
  return Object.assign(Component, { preload });
}

/** Handlers that start a load when a person points at or focuses what will need it. */
export function intentProps(preload: () => Promise<unknown>) {
  // A failed early load is not shown: opening the dialog loads again and reports a failure then.
  const start = () => void preload().catch(() => undefined);
  return { onPointerEnter: start, onFocus: start };
}
