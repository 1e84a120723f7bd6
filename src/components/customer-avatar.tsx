import GlobalStyles from '@mui/material/GlobalStyles';
import type { CustomerPartial } from '../api/schemas/customer';
import { AVATAR_TONES, avatarInitials, avatarTone } from '../lib/avatar-initials';
import { safeHttpUrl } from '../lib/safe-url';

// A customer's avatar as a plain element styled by class names, cheap enough for every grid row:
// initials on a colour of their own, or (only when config.json opts in) the store's Gravatar image
// laid over them, so a missing or blocked image still leaves the initials.

const tones = Object.fromEntries(
  Array.from({ length: AVATAR_TONES }, (_, tone) => {
    const hue = tone * (360 / AVATAR_TONES);
    // Dark text on a pale tint in light mode, pale text on a deep tint in dark mode: over 7:1.
    return [
      `.cd-avatar[data-tone="${tone}"]`,
      {
        color: `hsl(${hue} 65% 24%)`,
        backgroundColor: `hsl(${hue} 70% 88%)`,
        '.dark &': { color: `hsl(${hue} 80% 90%)`, backgroundColor: `hsl(${hue} 40% 28%)` },
      },
    ];
  }),
);

/** Rendered once by any screen that shows avatars; the same element each time, so never redone. */
export const AVATAR_STYLES = (
  <GlobalStyles
    styles={{
      '.cd-avatar': {
        position: 'relative',
        flex: 'none',
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 28,
        height: 28,
        borderRadius: '50%',
        overflow: 'hidden',
        fontSize: '0.75rem',
        fontWeight: 600,
        lineHeight: 1,
        userSelect: 'none',
      },
      '.cd-avatar-large': { width: 64, height: 64, fontSize: '1.5rem' },
      '.cd-avatar > img': {
        position: 'absolute',
        inset: 0,
        width: '100%',
        height: '100%',
        objectFit: 'cover',
      },
      ...tones,
    }}
  />
);

interface CustomerAvatarProps {
  customer: CustomerPartial;
  /** The store's `avatar_url` is shown only when the deployment chose Gravatar. */
  gravatar: boolean;
  large?: boolean;
}

/** Decorative: the name beside it says who it is. No hooks, so a row can draw one cheaply. */
export function CustomerAvatar({ customer, gravatar, large }: CustomerAvatarProps) {
  const src = gravatar ? safeHttpUrl(customer.avatar_url) : undefined;
  return (
    <span
      className={large ? 'cd-avatar cd-avatar-large' : 'cd-avatar'}
      data-tone={avatarTone(customer)}
      aria-hidden
    >
      {avatarInitials(customer)}
      {src && <img src={src} alt="" loading="lazy" referrerPolicy="no-referrer" />}
    </span>
  );
}
