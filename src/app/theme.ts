import { createTheme } from '@mui/material/styles';

// One theme with light and dark colour schemes as CSS variables: switching mode is a class change,
// with no re-render of the whole tree, and "system" follows prefers-color-scheme live.
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: { palette: { primary: { main: '#6b3fa0' }, background: { default: '#f6f5f8' } } },
    dark: { palette: { primary: { main: '#c7a6f0' } } },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  },
});
