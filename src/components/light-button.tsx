import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { styled, type Theme } from '@mui/material/styles';
import { RouterLink, type RouterLinkProps } from '../routes/navigation';

// The first screen's buttons (top bar, grid toolbar, selection bar, pagination) drawn like MUI's
// Button and IconButton, on the browser's own <button> and <a>. MUI's pair brings ButtonBase with
// its ripple (TouchRipple, react-transition-group) and, since v6, CircularProgress for `loading`:
// about 10 KB gzip before the first row. Colours and sizes are MUI's, read from the theme's CSS
// variables, so light and dark follow the theme. No ripple: the focus ring is an outline.

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

const vars = (theme: Theme) => theme.vars ?? theme;

function buttonStyles({ theme }: { theme: Theme }) {
  const palette = vars(theme).palette;
  const hover = (color: string) => theme.alpha(color, palette.action.hoverOpacity);
  const tone = (color: 'primary' | 'error') => ({
    '--btn-text': palette[color].main,
    '--btn-border': theme.alpha(palette[color].main, 0.5),
    '--btn-fill': palette[color].main,
    '--btn-fill-text': palette[color].contrastText,
    '--btn-hover-fill': palette[color].dark,
    '--btn-hover-bg': hover(palette[color].main),
    '--btn-hover-border': palette[color].main,
  });
  return {
    ...theme.typography.button,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    position: 'relative' as const,
    boxSizing: 'border-box' as const,
    minWidth: 64,
    margin: 0,
    padding: '6px 8px',
    border: 0,
    borderRadius: vars(theme).shape.borderRadius,
    background: 'transparent',
    color: 'var(--btn-text)',
    cursor: 'pointer',
    userSelect: 'none' as const,
    verticalAlign: 'middle',
    textDecoration: 'none',
    WebkitTapHighlightColor: 'transparent',
    transition: theme.transitions.create(
      ['background-color', 'box-shadow', 'border-color', 'color'],
      {
        duration: theme.transitions.duration.short,
      },
    ),
    ...tone('primary'),
    '&[data-color="error"]': tone('error'),
    '&[data-color="inherit"]': {
      '--btn-text': 'inherit',
      '--btn-border': 'currentColor',
      '--btn-fill': 'var(--mui-palette-Button-inheritContainedBg)',
      '--btn-fill-text': palette.text.primary,
      '--btn-hover-fill': 'var(--mui-palette-Button-inheritContainedHoverBg)',
      '--btn-hover-bg': hover(palette.text.primary),
      '--btn-hover-border': 'currentColor',
    },
    '&:hover': { backgroundColor: 'var(--btn-hover-bg)' },
    '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: 2 },
    '&[data-variant="outlined"]': {
      padding: '5px 15px',
      border: '1px solid var(--btn-border)',
      '&:hover': { borderColor: 'var(--btn-hover-border)' },
    },
    '&[data-variant="contained"]': {
      padding: '6px 16px',
      color: 'var(--btn-fill-text)',
      backgroundColor: 'var(--btn-fill)',
      boxShadow: vars(theme).shadows[2],
      '&:hover': { backgroundColor: 'var(--btn-hover-fill)', boxShadow: vars(theme).shadows[4] },
    },
    '&[data-size="small"]': { padding: '4px 5px', fontSize: theme.typography.pxToRem(13) },
    '&[data-size="small"][data-variant="outlined"]': { padding: '3px 9px' },
    '&[data-size="small"][data-variant="contained"]': { padding: '4px 10px' },
    '&:disabled, &[aria-disabled="true"]': {
      color: palette.action.disabled,
      cursor: 'default',
      pointerEvents: 'none' as const,
    },
    '&[data-variant="outlined"]:disabled': { borderColor: palette.action.disabledBackground },
    '&[data-variant="contained"]:disabled': {
      backgroundColor: palette.action.disabledBackground,
      boxShadow: 'none',
    },
    '@media (hover: none)': { '&:hover': { backgroundColor: 'transparent' } },
    '& > .cd-btn-icon': {
      display: 'inherit',
      marginLeft: -4,
      marginRight: 8,
      '& > svg': { fontSize: 20 },
    },
    '&[data-size="small"] > .cd-btn-icon': { marginLeft: -2, '& > svg': { fontSize: 18 } },
  };
}

const ButtonRoot = styled('button')(buttonStyles);
const LinkRoot = styled(RouterLink)(buttonStyles);

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
  { variant, size, color, startIcon, children, type = 'button', ...rest },
  ref,
) {
  return (
    <ButtonRoot ref={ref} type={type} {...lookAttributes({ variant, size, color })} {...rest}>
      {content(startIcon, children)}
    </ButtonRoot>
  );
});

/** An in-app link (a real `href`) that looks like a button: MUI's `Button component={Link}`. */
export function LightButtonLink({
  variant,
  size,
  color,
  startIcon,
  children,
  ...rest
}: LookProps & RouterLinkProps) {
  return (
    <LinkRoot {...lookAttributes({ variant, size, color })} {...rest}>
      {content(startIcon, children)}
    </LinkRoot>
  );
}

const IconRoot = styled('button')(({ theme }) => {
  const palette = vars(theme).palette;
  return {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flex: '0 0 auto',
    boxSizing: 'border-box' as const,
    margin: 0,
    padding: 8,
    border: 0,
    borderRadius: '50%',
    background: 'transparent',
    color: palette.action.active,
    fontSize: theme.typography.pxToRem(24),
    cursor: 'pointer',
    WebkitTapHighlightColor: 'transparent',
    transition: theme.transitions.create('background-color', {
      duration: theme.transitions.duration.shortest,
    }),
    '&[data-color="inherit"]': { color: 'inherit' },
    '&:hover': { backgroundColor: theme.alpha(palette.action.active, palette.action.hoverOpacity) },
    '@media (hover: none)': { '&:hover': { backgroundColor: 'transparent' } },
    '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: -2 },
    '&:disabled': {
      color: palette.action.disabled,
      backgroundColor: 'transparent',
      cursor: 'default',
      pointerEvents: 'none' as const,
    },
    '&[data-size="small"]': { padding: 5, fontSize: theme.typography.pxToRem(18) },
  };
});

export type LightIconButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** Required: an icon button has no text of its own. */
  'aria-label': string;
  size?: Size;
  color?: 'default' | 'inherit';
};

/** A native round icon button that looks like MUI's IconButton. */
export const LightIconButton = forwardRef<HTMLButtonElement, LightIconButtonProps>(
  function LightIconButton({ size = 'medium', color = 'default', type = 'button', ...rest }, ref) {
    return <IconRoot ref={ref} type={type} data-size={size} data-color={color} {...rest} />;
  },
);
