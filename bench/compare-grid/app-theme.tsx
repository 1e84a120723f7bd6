import type { ReactNode } from 'react';
import { MuiScope } from '../../src/theme/mui-scope';
import '../../src/theme/theme-variables.css';
import '../../src/app/base.css';

/**
 * The app's theme set up as the app sets it (its variables and base as static stylesheets, MUI's
 * theme through the provider the app's MUI screens use), the same for both pages, so what they
 * compare is the grids' own work.
 */
export function AppTheme({ children }: { children: ReactNode }) {
  return <MuiScope>{children}</MuiScope>;
}
