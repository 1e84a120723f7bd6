import type { CustomerPartial } from '../api/schemas/customer';
import { avatarInitials, avatarTone } from '../lib/avatar-initials';
import { safeHttpUrl } from '../lib/safe-url';
import './customer-avatar.css';

// A customer's avatar as a plain element styled by class names, cheap enough for every grid row:
// initials on a colour of their own, or (only when config.json opts in) the store's Gravatar image
// laid over them, so a missing or blocked image still leaves the initials.

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
