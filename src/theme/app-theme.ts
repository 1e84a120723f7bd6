import { createTheme } from '@mui/material/styles';

// One theme with light and dark colour schemes as CSS variables: switching mode is a class change,
// with no re-render of the whole tree, and "system" follows prefers-color-scheme live.
// An embedding host may hand over its brand colour (`primary`), used in both schemes.
export function createAppTheme(primary?: string) {
  return createTheme({
    cssVariables: { colorSchemeSelector: 'class' },
    colorSchemes: {
      light: {
        palette: { primary: { main: primary ?? '#6b3fa0' }, background: { default: '#f6f5f8' } },
      },
      dark: {
        palette: {
          primary: { main: primary ?? '#c7a6f0' },
          // MUI's default dark red under white text is 3.7:1; a lighter red takes dark text (AA).
          error: { main: '#ff8a80' },
          // A filled success notice ("Saved view …") sits on success.dark: MUI's #388e3c under
          // white text is 4.1:1; #2e7d32 is 5.1:1 (AA).
          success: { main: '#66bb6a', dark: '#2e7d32' },
        },
      },
    },
    shape: { borderRadius: 8 },
    typography: {
      fontFamily:
        'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
    },
  });
}

// The theme is built with `cssVariables`: MUI's types then offer what goes with them
// (`generateStyleSheets`, ThemeProvider's `disableStyleSheetGeneration`).
declare module '@mui/material/styles' {
  interface CssThemeVariables {
    enabled: true;
  }
}
