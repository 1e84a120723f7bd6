// Re-implementations of the few PHP and WordPress functions whose exact behaviour a client can
// observe through the REST API (casts, email checks, username sanitising). Written from their
// documented behaviour so the demo store is lenient and strict in the same places.

import type { JsonValue } from './types.ts';

const NUMERIC = /^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$/;

/** PHP 8 `is_numeric`. */
export function isNumeric(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && NUMERIC.test(value);
}

/** PHP `empty()`: '', '0', 0, false, null and empty arrays are empty. */
export function phpEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0) return true;
  if (value === '' || value === '0') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** PHP `(int)` cast, including its surprises: a non-empty array (a JSON object too) is 1. */
export function phpIntCast(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const match = /^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(value);
    if (!match) return 0;
    const parsed = Math.trunc(Number(match[0].trim()));
    return Number.isFinite(parsed) ? parsed : 0;
  }
  if (Array.isArray(value)) return value.length > 0 ? 1 : 0;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0 ? 1 : 0;
  return 0;
}

export function absint(value: unknown): number {
  return Math.abs(phpIntCast(value));
}

/** PHP string conversion of a scalar request value. */
export function phpString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value === true) return '1';
  return '';
}

const LOCAL_OK = /^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const LOCAL_BAD = /[^a-zA-Z0-9!#$%&'*+/=?^_`{|}~.-]/g;
const WS = ' \t\n\r\0\x0B';

function trimChars(value: string, chars: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && chars.includes(value.charAt(start))) start++;
  while (end > start && chars.includes(value.charAt(end - 1))) end--;
  return value.slice(start, end);
}

function byteLength(value: string): number {
  return new TextEncoder().encode(value).length;
}

/** WordPress `is_email()`. */
export function isEmail(value: unknown): boolean {
  if (typeof value !== 'string' || byteLength(value) < 6) return false;
  const at = value.indexOf('@', 1);
  if (at === -1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (!LOCAL_OK.test(local)) return false;
  if (/\.{2,}/.test(domain)) return false;
  if (trimChars(domain, WS + '.') !== domain) return false;
  const subs = domain.split('.');
  if (subs.length < 2) return false;
  return subs.every((sub) => trimChars(sub, WS + '-') === sub && /^[a-z0-9-]+$/i.test(sub));
}

/** WordPress `sanitize_email()`: strips what it can and answers '' when nothing valid is left. */
export function sanitizeEmail(input: unknown): string {
  const value = phpString(input);
  if (byteLength(value) < 6) return '';
  const at = value.indexOf('@', 1);
  if (at === -1) return '';
  const local = value.slice(0, at).replace(LOCAL_BAD, '');
  if (local === '') return '';
  const domain = trimChars(value.slice(at + 1).replace(/\.{2,}/g, ''), WS + '.');
  if (domain === '') return '';
  const subs = domain
    .split('.')
    .map((sub) => trimChars(sub, WS + '-').replace(/[^a-z0-9-]+/gi, ''))
    .filter((sub) => sub !== '');
  return subs.length < 2 ? '' : `${local}@${subs.join('.')}`;
}

const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'OE',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
};

/** WordPress `remove_accents()` for Latin letters; other scripts pass through unchanged. */
export function removeAccents(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæÆøØœŒđĐðÐłŁþÞı]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .normalize('NFC');
}

/** WordPress `wp_strip_all_tags()`. */
export function stripAllTags(value: string): string {
  return value.replace(/<(script|style)[^>]*?>[\s\S]*?<\/\1>/gi, '').replace(/<[^>]*>/g, '');
}

/** WordPress `sanitize_user()`; `strict` keeps only `a-z 0-9 space _ . - @`. */
export function sanitizeUser(value: string, strict = false): string {
  let username = removeAccents(stripAllTags(value))
    .replace(/%[a-fA-F0-9]{2}/g, '')
    .replace(/&.+?;/g, '');
  if (strict) username = username.replace(/[^a-z0-9 _.\-@]/gi, '');
  return username.trim().replace(/\s+/g, ' ');
}

/** WordPress `validate_username()`: valid when strict sanitising changes nothing. */
export function validateUsername(value: string): boolean {
  return value !== '' && sanitizeUser(value, true) === value;
}

/** WordPress `sanitize_text_field()`: no tags, no line breaks, no octets, trimmed. */
export function sanitizeTextField(input: unknown): string {
  let value = stripAllTags(phpString(input)).replace(/[\r\n\t ]+/g, ' ');
  let previous = '';
  while (previous !== value) {
    previous = value;
    value = value.replace(/%[a-f0-9]{2}/i, '');
  }
  return value.trim();
}

/** WordPress `sanitize_title_with_dashes()`, used for `user_nicename`. */
export function sanitizeTitle(value: string): string {
  return removeAccents(stripAllTags(value))
    .toLowerCase()
    .replace(/\./g, '-')
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
}

/** PHP `rawurlencode()` (RFC 3986): everything but `A-Za-z0-9-_.~` is encoded. */
export function rawUrlEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** WordPress `wp_parse_list()`: arrays stay, strings split on commas and whitespace. */
export function parseList(value: JsonValue): JsonValue[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null) return Object.values(value);
  return phpString(value)
    .split(/[\s,]+/)
    .filter((part) => part !== '');
}

/** WordPress `wp_parse_id_list()`: unique non-negative integers, in first-seen order. */
export function parseIdList(value: JsonValue): number[] {
  return [...new Set(parseList(value).map(absint))];
}
