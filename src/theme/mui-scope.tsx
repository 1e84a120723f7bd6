import type { ReactNode } from 'react';
import { ThemeProvider, type Theme } from '@mui/material/styles';
import { createAppTheme } from './app-theme';
import { usePrimaryColor } from './primary-color';

// MUI's theme for MUI's components, wherever they are used: the screens and dialogs that load
// after the first screen (with-mui.tsx wraps them). The first screen draws without MUI, so this
// module, and MUI with it, loads only with the first of those. The variables are in place already
// (theme-variables.css, primary-color.ts) and the colour scheme is ours (color-mode.ts): the
// provider builds no stylesheet, stores nothing and leaves <html> alone.

const themes = new Map<string | undefined, Theme>();

function themeFor(primary: string | undefined): Theme {
  let theme = themes.get(primary);
  if (!theme) {
    theme = createAppTheme(primary);
    themes.set(primary, theme);
  }
  return theme;
}

export function MuiScope({ children }: { children: ReactNode }) {
  const primary = usePrimaryColor();
  return (
    <ThemeProvider
      theme={themeFor(primary)}
      colorSchemeNode={null}
      storageManager={null}
      storageWindow={null}
      disableStyleSheetGeneration
      noSsr
    >
      {children}
    </ThemeProvider>
  );
}
