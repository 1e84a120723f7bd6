import { withClass } from './class-names';
import './icon.css';

// The first screen's icons as plain <svg> elements: each icons-material module wraps its path in
// MUI's SvgIcon, a styled component whose styles Emotion builds while the screen renders. The
// paths are Material Design's (24-unit grid), as @mui/icons-material draws them.
const PATHS = {
  add: 'M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6z',
  bookmarks:
    'M15 7v12.97l-4.21-1.81-.79-.34-.79.34L5 19.97V7zm4-6H8.99C7.89 1 7 1.9 7 3h10c1.1 0 2 .9 2 2v13l2 1V3c0-1.1-.9-2-2-2m-4 4H5c-1.1 0-2 .9-2 2v16l7-3 7 3V7c0-1.1-.9-2-2-2',
  cancel:
    'M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2m5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12z',
  checkCircle:
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8m4.59-12.42L10 14.17l-2.59-2.58L6 13l4 4 8-8z',
  close:
    'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
  delete: 'M16 9v10H8V9zm-1.5-6h-5l-1 1H5v2h14V4h-3.5zM18 7H6v12c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2z',
  densitySmall: 'M3 2h18v2H3zm0 18h18v2H3zm0-6h18v2H3zm0-6h18v2H3z',
  download: 'M5 20h14v-2H5zM19 9h-4V3H9v6H5l7 7z',
  error:
    'M11 15h2v2h-2zm0-8h2v6h-2zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2M12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8',
  filterList: 'M10 18h4v-2h-4zM3 6v2h18V6zm3 7h12v-2H6z',
  firstPage: 'M18.41 16.59 13.82 12l4.59-4.59L17 6l-6 6 6 6zM6 6h2v12H6z',
  info: 'M11 7h2v2h-2zm0 4h2v6h-2zm1-9C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8',
  lastPage: 'M5.59 7.41 10.18 12l-4.59 4.59L7 18l6-6-6-6zM16 6h2v12h-2z',
  navigateBefore: 'M15.41 7.41 14 6l-6 6 6 6 1.41-1.41L10.83 12z',
  navigateNext: 'M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z',
  search:
    'M15.5 14h-.79l-.28-.27C15.41 12.59 16 11.11 16 9.5 16 5.91 13.09 3 9.5 3S3 5.91 3 9.5 5.91 16 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14',
  viewColumn: 'M14.67 5v14H9.33V5zm1 14H21V5h-5.33zm-7.34 0V5H3v14z',
  warning: 'M12 5.99 19.53 19H4.47zM12 2 1 21h22zm1 14h-2v2h2zm0-6h-2v4h2z',
} as const;

export type IconName = keyof typeof PATHS;

/** An icon's path, for a caller that draws its own <svg> (a row's button, styled by its list). */
export function iconPath(name: IconName): string {
  return PATHS[name];
}

interface IconProps {
  name: IconName;
  /** As SvgIcon's `fontSize`: 24px, 20px, or the surrounding text's size. */
  size?: 'medium' | 'small' | 'inherit';
  /** A class of the caller's, after the icon's own. */
  className?: string;
  /** For an icon that is also a mouse target (a chip's cross); keyboard users get a real control. */
  onClick?: () => void;
}

/** A decorative icon (hidden from screen readers: its control carries the name). */
export function Icon({ name, ...rest }: IconProps) {
  return <PathIcon d={PATHS[name]} {...rest} />;
}

/** An icon drawn from a path of one's own (24-unit grid). */
export function PathIcon({ d, size = 'medium', className, onClick, evenOdd }: PathIconProps) {
  return (
    <svg
      className={withClass('cd-icon', className)}
      data-size={size === 'medium' ? undefined : size}
      viewBox="0 0 24 24"
      aria-hidden
      focusable="false"
      onClick={onClick}
    >
      <path d={d} fillRule={evenOdd ? 'evenodd' : undefined} />
    </svg>
  );
}

interface PathIconProps extends Omit<IconProps, 'name'> {
  d: string;
  evenOdd?: boolean;
}
