import { cloneElement, useId, useState, type ReactElement, type SyntheticEvent } from 'react';
import { styled } from '@mui/material/styles';

// A tooltip for a control on the first screen, without MUI's Tooltip: that one brings Popper and
// its transitions, 11 KB gzip of the start, for two hints. Shown by CSS while the control is
// hovered or focused; the bubble is inside the same box, so the pointer can move onto it without
// it vanishing, and Escape hides it until the pointer or focus leaves (WCAG 1.4.13).

const Anchor = styled('span')({
  position: 'relative',
  display: 'inline-flex',
  '&:hover > [role="tooltip"], &:focus-within > [role="tooltip"]': {
    visibility: 'visible',
    opacity: 1,
    transitionDelay: '300ms',
  },
  '&[data-dismissed] > [role="tooltip"]': { visibility: 'hidden', opacity: 0 },
});

const Bubble = styled('span')(({ theme }) => ({
  position: 'absolute',
  top: '100%',
  zIndex: theme.zIndex.tooltip,
  marginTop: 4,
  width: 'max-content',
  maxWidth: 'min(300px, calc(100vw - 16px))',
  padding: '4px 8px',
  borderRadius: 4,
  backgroundColor: 'var(--mui-palette-Tooltip-bg)',
  color: 'var(--mui-palette-common-white)',
  ...theme.typography.caption,
  lineHeight: 1.4,
  textAlign: 'start',
  whiteSpace: 'normal',
  pointerEvents: 'auto',
  visibility: 'hidden',
  opacity: 0,
  transition: 'opacity 150ms',
  '&[data-align="center"]': { left: '50%', transform: 'translateX(-50%)' },
  '&[data-align="start"]': { left: 0 },
  '&[data-align="end"]': { right: 0 },
}));

interface HintProps {
  /** The hint's text. */
  title: string;
  /** The control it explains; it gets `aria-describedby` when `describeChild` is set. */
  children: ReactElement<{ 'aria-describedby'?: string }>;
  /** The text describes the control (read after its name) rather than repeating its label. */
  describeChild?: boolean;
}

const MARGIN = 8;

// While hidden the bubble is still laid out: it hangs to the left of its control's right edge,
// where it cannot widen the page (content past the left edge adds no scrolling; past the right
// edge, a control near it would give the whole page a sideways scroll).
function settleBubble(event: SyntheticEvent<HTMLElement>) {
  const bubble = event.currentTarget.querySelector<HTMLElement>('[role="tooltip"]');
  if (bubble) bubble.dataset.align = 'end';
}

/**
 * Centres the bubble under its control where it fits on screen, else lines it up with the
 * control's left or right edge. Measured when the hint is about to show, never while rendering.
 */
function placeBubble(event: SyntheticEvent<HTMLElement>) {
  const anchor = event.currentTarget;
  const bubble = anchor.querySelector<HTMLElement>('[role="tooltip"]');
  if (!bubble) return;
  const box = anchor.getBoundingClientRect();
  const width = bubble.offsetWidth;
  const centre = box.left + box.width / 2;
  let align = 'center';
  if (centre - width / 2 < MARGIN) align = 'start';
  else if (centre + width / 2 > window.innerWidth - MARGIN) align = 'end';
  bubble.dataset.align = align;
}

export function Hint({ title, children, describeChild }: HintProps) {
  const id = useId();
  const [dismissed, setDismissed] = useState(false);
  const settle = (event: SyntheticEvent<HTMLElement>) => {
    setDismissed(false);
    settleBubble(event);
  };
  return (
    <Anchor
      data-dismissed={dismissed || undefined}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !dismissed) setDismissed(true);
      }}
      onPointerEnter={placeBubble}
      onFocus={placeBubble}
      onPointerLeave={settle}
      onBlur={settle}
    >
      {describeChild ? cloneElement(children, { 'aria-describedby': id }) : children}
      <Bubble role="tooltip" id={id} data-align="end" aria-hidden={!describeChild || undefined}>
        {title}
      </Bubble>
    </Anchor>
  );
}
