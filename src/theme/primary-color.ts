import { useSyncExternalStore } from 'react';

// An embedding host's brand colour, used as the primary colour in both schemes. The app's own
// theme is a static stylesheet (theme-variables.css); only a host's colour needs MUI's theme
// builder, so only then is it fetched, and its variables are laid over the static ones.

const listeners = new Set<() => void>();
let primary: string | undefined;
let removeVariables: (() => void) | undefined;
let applied = 0;

async function applyVariables(color: string | undefined): Promise<void> {
  const turn = (applied += 1);
  if (color === undefined) {
    removeVariables?.();
    removeVariables = undefined;
    return;
  }
  const [{ createAppTheme }, { applyThemeVariables }] = await Promise.all([
    import('./app-theme'),
    import('./theme-variables'),
  ]);
  // A later colour arrived while this one's code loaded: that one wins.
  if (turn !== applied) return;
  removeVariables?.();
  removeVariables = applyThemeVariables(createAppTheme(color));
}

/** The host's colour, or undefined for the app's own. */
export function setPrimaryColor(color: string | undefined): void {
  if (color === primary) return;
  primary = color;
  void applyVariables(color);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The primary colour MUI's components are to use (mui-scope.tsx). */
export function usePrimaryColor(): string | undefined {
  return useSyncExternalStore(subscribe, () => primary);
}
