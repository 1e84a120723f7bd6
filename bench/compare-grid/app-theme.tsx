import type { ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { createAppTheme } from '../../src/app/theme';
import { useThemeVariables } from '../../src/app/theme-variables';

const theme = createAppTheme();

/**
 * The app's theme set up as the app sets it (its variables through useThemeVariables, no second
 * render), the same for both pages, so what they compare is the grids' own work.
 */
export function AppTheme({ children }: { children: ReactNode }) {
  useThemeVariables(theme);
  return (
    <ThemeProvider theme={theme} defaultMode="system" noSsr disableStyleSheetGeneration>
      <CssBaseline />
      {children}
    </ThemeProvider>
  );
}
