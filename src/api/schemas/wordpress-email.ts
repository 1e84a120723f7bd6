// WordPress accepts an email address by its own `is_email()` rules, not RFC 5322: ASCII only, a
// restricted set of characters before the @, and a dotted domain of letters, digits and hyphens.
// Checking the same rules here means the form refuses exactly what the store would refuse (and
// the batch endpoint, which checks nothing, never receives what a single write would refuse).

const LOCAL_PART = /^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~.-]+$/u;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/iu;
const MIN_BYTES = 6; // WordPress: "a@b.co" is the shortest address it takes

export function isWordPressEmail(value: string): boolean {
  if (new TextEncoder().encode(value).length < MIN_BYTES) return false;
  const at = value.indexOf('@', 1);
  if (at === -1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (!LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label));
}
