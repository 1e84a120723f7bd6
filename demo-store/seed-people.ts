// Who a seeded customer is: names from a culture's pools, then the e-mail, username and nicename
// WordPress would hold for them. Uniqueness is enforced here (WordPress refuses duplicate logins
// and e-mails, the latter case-insensitively), with a numeric suffix as real sign-ups get.

import type { Culture, PoolName } from './seed-names.ts';
import type { Random } from './seed-random.ts';

export interface Person {
  firstName: string;
  lastName: string;
  displayName: string;
  /** a–z/0–9 forms, for handles. */
  firstAscii: string;
  lastAscii: string;
  /** Handles follow the name order: "wangfang" for 王芳. */
  familyFirst: boolean;
}

/** E-mails, logins and nicenames already taken in the store (all compared in lower case). */
export interface Registry {
  emails: Set<string>;
  logins: Set<string>;
  nicenames: Set<string>;
}

export function createRegistry(): Registry {
  return { emails: new Set(), logins: new Set(), nicenames: new Set() };
}

/**
 * Claims `first`, or when taken `head + digits + tail` with random digits, as sign-up forms
 * suggest ("maria.garcia83"). Widening the number on each miss keeps retries to one or two even
 * for the commonest names, without a per-name counter. Values are claimed in lower case.
 */
function claim(
  random: Random,
  taken: Set<string>,
  first: string,
  head: string,
  tail: string,
): string {
  let value = first;
  let width = 10;
  while (taken.has(value)) {
    value = head + String(random.int(2, width * 10 - 1)) + tail;
    width = Math.min(width * 10, 1_000_000);
  }
  taken.add(value);
  return value;
}

// Reserved names (RFC 2606/6761) only, so no seeded address can ever reach a real mailbox.
const GLOBAL_DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.test', 'inbox.test'];

// Spanish-speaking and Portuguese-speaking people often carry two surnames.
const TWO_SURNAMES = new Set(['es', 'mx', 'pt']);

function capitalize(ascii: string): string {
  return ascii.charAt(0).toUpperCase() + ascii.slice(1);
}

function latinText(name: PoolName, native: boolean): string {
  return native ? capitalize(name.ascii) : name.text;
}

function familyName(random: Random, culture: Culture, female: boolean): PoolName {
  const surname = random.pick(culture.last);
  return female ? surname.female : surname.male;
}

export function makePerson(random: Random, culture: Culture): Person {
  const female = random.chance(0.5);
  const given = random.pick(female ? culture.female : culture.male);
  let family = familyName(random, culture, female);
  if (TWO_SURNAMES.has(culture.id) && random.chance(0.3)) {
    const second = familyName(random, culture, female);
    if (second.text !== family.text) {
      family = { text: `${family.text} ${second.text}`, ascii: family.ascii + second.ascii };
    }
  }
  // Only non-Latin pools have a latinShare; their Latin form is the romanised ascii.
  const latin = culture.latinShare > 0 && random.chance(culture.latinShare);
  const firstName = latin ? latinText(given, true) : given.text;
  const lastName = latin ? latinText(family, true) : family.text;
  const displayName =
    culture.familyFirst && !latin
      ? `${lastName}${culture.joiner}${firstName}`
      : `${firstName} ${lastName}`;
  return {
    firstName,
    lastName,
    displayName,
    firstAscii: given.ascii,
    lastAscii: family.ascii,
    familyFirst: culture.familyFirst && !latin,
  };
}

function localPart(random: Random, person: Person, qqStyle: boolean): string {
  const [first, last] = person.familyFirst
    ? [person.lastAscii, person.firstAscii]
    : [person.firstAscii || 'customer', person.lastAscii];
  if (qqStyle) return String(random.int(10_000_000, 3_999_999_999));
  if (last === '') return `${first}${random.int(1, 99)}`;
  const roll = random.next();
  if (roll < 0.3) return `${first}.${last}`;
  if (roll < 0.45) return `${first}${last}`;
  if (roll < 0.55) return `${first.charAt(0)}${last}`;
  if (roll < 0.6) return `${first}_${last}`;
  if (roll < 0.75)
    return `${first}${random.chance(0.5) ? random.int(60, 99) : random.int(1965, 2006)}`;
  if (roll < 0.8) return `${last}.${first}`;
  return `${first}.${last}${random.int(1, 99)}`;
}

/** A free e-mail address; some are typed with capitals, as real customers do. */
export function makeEmail(
  random: Random,
  registry: Registry,
  person: Person,
  localDomains: string[],
): string {
  const domain =
    localDomains.length > 0 && random.chance(0.45)
      ? random.pick(localDomains)
      : random.pick(GLOBAL_DOMAINS);
  const local = localPart(random, person, domain.startsWith('qq.') && random.chance(0.6));
  const tail = `@${domain}`;
  // Claimed in lower case (the set compares that way), then typed with capitals by a few.
  // 56 leaves room for a retry's digits within the 64 characters a local part may have.
  const head = local.slice(0, 56);
  const email = claim(random, registry.emails, head + tail, head, tail);
  if (!random.chance(0.03)) return email;
  const at = email.indexOf('@');
  return email.slice(0, at).split('.').map(capitalize).join('.') + email.slice(at);
}

/** WordPress's user_nicename: the login made URL-safe (dots become dashes), 50 characters. */
function nicenameFor(login: string): string {
  // Generated logins are already URL-safe apart from dots; skip the general clean-up for them.
  if (SIMPLE_LOGIN.test(login)) return login.replace(DOTS, '-').slice(0, 50);
  return login
    .replace(DOTS, '-')
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
}

const SIMPLE_LOGIN = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;
const DOTS = /\./g;

/** Claims a login and its nicename; WooCommerce derives most logins from the e-mail. */
export function makeLogin(
  random: Random,
  registry: Registry,
  person: Person,
  email: string,
): { login: string; nicename: string } {
  const first = person.firstAscii || 'customer';
  const roll = random.next();
  let base: string;
  if (roll < 0.55) base = (email.split('@')[0] ?? first).toLowerCase();
  else if (roll < 0.75) base = `${first}${person.lastAscii}`;
  else if (roll < 0.85 && person.lastAscii !== '') base = `${first}.${person.lastAscii}`;
  else base = `${first}${random.int(1, 999)}`;
  // user_login holds 60 characters; leave room for a retry's digits.
  const stem = base.slice(0, 50);
  const login = claim(random, registry.logins, stem, stem, '');
  return { login, nicename: claimNicename(registry, login) };
}

/** WordPress makes a taken nicename unique with "-2", "-3"…; collisions are rare here. */
export function claimNicename(registry: Registry, login: string): string {
  const base = nicenameFor(login) || 'user';
  let nicename = base;
  for (let suffix = 2; registry.nicenames.has(nicename); suffix += 1) {
    nicename = `${base.slice(0, 46)}-${suffix}`;
  }
  registry.nicenames.add(nicename);
  return nicename;
}
