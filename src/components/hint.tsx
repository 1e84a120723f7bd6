import { cloneElement, useId, useState, type ReactElement, type SyntheticEvent } from 'react';
import './hint.css';

// A tooltip for a control on the first screen, without MUI's Tooltip: that one brings Popper and
// its transitions, 11 KB gzip of the start, for two hints. Shown by CSS while the control is
// hovered or focused; the bubble is inside the same box, so the pointer can move onto it without
// it vanishing, and Escape hides it until the pointer or focus leaves (WCAG 1.4.13). Drawn by a
// static stylesheet (hint.css).

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
    <span
      className="cd-hint"
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
      <span
        className="cd-hint-bubble"
        role="tooltip"
        id={id}
        data-align="end"
        aria-hidden={!describeChild || undefined}
      >
        {title}
      </span>
    </span>
  );
}
