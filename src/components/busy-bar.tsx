import { styled } from '@mui/material/styles';

// A thin indeterminate bar along the top of a region that is refreshing, drawn by CSS alone: the
// grid shows it while the next page loads, and MUI's LinearProgress (with its transitions) was
// 2 KB gzip of the grid's first load for this one line.

const Bar = styled('div')({
  position: 'absolute',
  top: 0,
  left: 0,
  right: 0,
  zIndex: 1,
  height: 4,
  overflow: 'hidden',
  backgroundColor: 'rgba(var(--mui-palette-primary-mainChannel) / 0.24)',
  '&::after': {
    content: '""',
    position: 'absolute',
    top: 0,
    bottom: 0,
    left: 0,
    width: '40%',
    backgroundColor: 'var(--mui-palette-primary-main)',
    animation: 'cd-busy-bar 1.4s ease-in-out infinite',
  },
  '@keyframes cd-busy-bar': {
    '0%': { transform: 'translateX(-100%)' },
    '100%': { transform: 'translateX(250%)' },
  },
  '@media (prefers-reduced-motion: reduce)': {
    '&::after': { animation: 'none', width: '100%', opacity: 0.5 },
  },
});

/** "Loading" over the top edge of the nearest positioned box; named for screen readers. */
export function BusyBar({ label }: { label: string }) {
  return <Bar role="progressbar" aria-label={label} />;
}
