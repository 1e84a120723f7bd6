import type { CustomerPartial } from '../api/schemas/customer';

// Avatars drawn here from what the store already sent, so showing a customer sends their email
// hash nowhere (a Gravatar image is a request to a third party, made only when configured).

/** How many colours avatars come in; `avatarTone` picks one of them. */
export const AVATAR_TONES = 12;

/** Up to two letters: first and last name, else the start of the email or username, else "#". */
export function avatarInitials(customer: CustomerPartial): string {
  const first = firstLetter(customer.first_name);
  const last = firstLetter(customer.last_name);
  if (first || last) return (first + last).toLocaleUpperCase();
  const fallback = firstLetter(customer.email) || firstLetter(customer.username);
  return fallback ? fallback.toLocaleUpperCase() : '#';
}

let segmenter: Intl.Segmenter | undefined;

/** True when the first character stands alone: it is no surrogate half and nothing joins it. */
function startsWithSimpleCharacter(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 0xd800 && first <= 0xdfff) return false; // an emoji or a rarer script's letter
  if (text.length === 1) return true;
  const next = text.charCodeAt(1);
  // Below U+0300 (where combining marks begin) nothing attaches to the character before it, and
  // neither does a CJK ideograph; anything else goes to the segmenter.
  return next < 0x300 || (next >= 0x4e00 && next <= 0x9fff);
}

/** The first user-perceived character (an emoji or a letter with accents stays whole). */
function firstLetter(text: string | undefined): string {
  const trimmed = text?.trim();
  if (!trimmed) return '';
  // Most names start with a character the segmenter would return alone: skip its iterator, which
  // was most of drawing a 100-row page's avatars.
  if (startsWithSimpleCharacter(trimmed)) return trimmed.charAt(0);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const [first] = segmenter.segment(trimmed);
  return first?.segment ?? '';
}

/** A stable colour index from the customer's id (else email): the same person keeps one colour. */
export function avatarTone(customer: CustomerPartial): number {
  const key = customer.id !== undefined ? String(customer.id) : (customer.email ?? '');
  // FNV-1a: tiny, and spreads neighbouring ids over different colours.
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % AVATAR_TONES;
}
