import type { ComponentType } from 'react';

/**
 * A lazily loaded component that draws with MUI, given MUI's theme around it: its loader then
 * fetches MUI's provider (mui-scope.tsx, one chunk for all of them) alongside its own code.
 */
export function withMui<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): () => Promise<ComponentType<Props>> {
  return async () => {
    const [Component, { MuiScope }] = await Promise.all([load(), import('./mui-scope')]);
    return function WithMui(props: Props) {
      return (
        <MuiScope>
          <Component {...props} />
        </MuiScope>
      );
    };
  };
}
