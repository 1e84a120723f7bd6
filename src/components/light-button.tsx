import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { RouterLink, type RouterLinkProps } from '../routes/navigation';
import { withClass } from './class-names';
import './light-button.css';

// The first screen's buttons (top bar, grid toolbar, selection bar, pagination) drawn like MUI's
// Button and IconButton, on the browser's own <button> and <a>. MUI's pair brings ButtonBase with
// its ripple (TouchRipple, react-transition-group) and, since v6, CircularProgress for `loading`:
// about 10 KB gzip before the first row. Colours and sizes are MUI's, read from the theme's CSS
// variables in a static stylesheet (light-button.css), so nothing is built while they render and
// light and dark follow the theme. No ripple: the focus ring is an outline.

type Variant = 'text' | 'outlined' | 'contained';
type Size = 'small' | 'medium';
type Color = 'primary' | 'error' | 'inherit';

interface LookProps {
  variant?: Variant;
  size?: Size;
  color?: Color;
  /** An icon before the text, sized as MUI sizes a Button's start icon. */
  startIcon?: ReactNode;
}

function lookAttributes({ variant = 'text', size = 'medium', color = 'primary' }: LookProps) {
  return { 'data-variant': variant, 'data-size': size, 'data-color': color };
}

function content(startIcon: ReactNode, children: ReactNode) {
  return (
    <>
      {startIcon && <span className="cd-btn-icon">{startIcon}</span>}
      {children}
    </>
  );
}

export type LightButtonProps = LookProps & ButtonHTMLAttributes<HTMLButtonElement>;

/** A native `<button type="button">` that looks like MUI's Button of the same variant. */
export const LightButton = forwardRef<HTMLButtonElement, LightButtonProps>(function LightButton(
  { variant, size, color, startIcon, children, type = 'button', className, ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={withClass('cd-btn', className)}
      {...lookAttributes({ variant, size, color })}
      {...rest}
    >
      {content(startIcon, children)}
    </button>
  );
});

/** An in-app link (a real `href`) that looks like a button: MUI's `Button component={Link}`. */
export function LightButtonLink({
  variant,
  size,
  color,
  startIcon,
  children,
  className,
  ...rest
}: LookProps & RouterLinkProps) {
  return (
    <RouterLink
      className={withClass('cd-btn', className)}
      {...lookAttributes({ variant, size, color })}
      {...rest}
    >
      {content(startIcon, children)}
    </RouterLink>
  );
}

export type LightIconButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** Required: an icon button has no text of its own. */
  'aria-label': string;
  size?: Size;
  color?: 'default' | 'inherit';
};

/** A native round icon button that looks like MUI's IconButton. */
export const LightIconButton = forwardRef<HTMLButtonElement, LightIconButtonProps>(
  function LightIconButton(
    { size = 'medium', color = 'default', type = 'button', className, ...rest },
    ref,
  ) {
    return (
      <button
        ref={ref}
        type={type}
        className={withClass('cd-icon-btn', className)}
        data-size={size}
        data-color={color}
        {...rest}
      />
    );
  },
);
