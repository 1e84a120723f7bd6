// Create, update and delete exactly as WooCommerce's customers controller does them. Single
// requests and batch items share these; only single requests are validated against the schema
// first, which is why a batch update with `"email": "not-an-email"` blanks the email.

import { WpError } from '../errors.ts';
import {
  absint,
  isEmail,
  phpEmpty,
  phpIntCast,
  phpString,
  sanitizeEmail,
  sanitizeTitle,
} from '../php.ts';
import { sanitizeUser, validateUsername } from '../php.ts';
import type { RestRequest } from '../rest-request.ts';
import type { StoreState } from '../state.ts';
import { emptyBilling, emptyShipping, type ApiVersion, type StoreUser } from '../types.ts';
import { applyCustomerFields, cloneUser, saveMeta } from './customer-fields.ts';

const EMAIL_EXISTS =
  'An account is already registered with your email address. <a href="#" class="showlogin">Please log in.</a>';

function bad(code: string, message: string, status = 400): WpError {
  return new WpError(code, message, status);
}

function toSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** `wc_create_new_customer_username()` with no names: the email's local part, made unique. */
function generateUsername(state: StoreState, email: string, suffix = ''): string {
  const [local = '', domain = ''] = email.split('@');
  const part = ['sales', 'hello', 'mail', 'contact', 'info'].includes(local) ? domain : local;
  const username = sanitizeUser(part, true).toLowerCase() + suffix;
  if (state.db.loginOwner(username) === undefined) return username;
  const next = `-${String(state.rng.int(0, 9999)).padStart(4, '0')}`;
  return generateUsername(state, email, next);
}

function newUser(): StoreUser {
  return {
    id: 0,
    login: '',
    email: '',
    nicename: '',
    displayName: '',
    url: '',
    registered: 0,
    modified: null,
    role: 'customer',
    firstName: '',
    lastName: '',
    billing: emptyBilling(),
    shipping: emptyShipping(),
    isPayingCustomer: false,
    ordersCount: 0,
    totalSpent: '0.00',
    lastOrder: null,
    meta: [],
    downloads: [],
  };
}

export function createCustomer(
  req: RestRequest,
  state: StoreState,
  version: ApiVersion,
  now: number,
): StoreUser | WpError {
  if (!phpEmpty(req.get('id')))
    return bad('woocommerce_rest_customer_exists', 'Cannot create existing resource.');
  const rawEmail = req.get('email') ?? null;
  // WC_Customer::set_email checks the raw value; the registration below checks the stored one.
  // WC_Customer::set_email's message has no full stop (the update path's does).
  if (!phpEmpty(rawEmail) && !isEmail(rawEmail))
    return bad('customer_invalid_email', 'Invalid email address');
  const draft = newUser();
  draft.email = sanitizeEmail(rawEmail);
  const fieldError = applyCustomerFields(draft, req, version);
  if (fieldError) return fieldError;
  const email = draft.email;
  if (email === '' || !isEmail(email))
    return bad('registration-error-invalid-email', 'Please provide a valid email address.');
  if (state.db.emailOwner(email) !== undefined)
    return bad('registration-error-email-exists', EMAIL_EXISTS);
  const requested = req.get('username');
  let login = phpEmpty(requested) ? generateUsername(state, email) : phpString(requested);
  login = sanitizeUser(login);
  if (!validateUsername(login))
    return bad('registration-error-invalid-username', 'Please enter a valid account username.');
  if (state.db.loginOwner(login) !== undefined) {
    return bad(
      'registration-error-username-exists',
      'An account is already registered with that username. Please choose another.',
    );
  }
  if (login.length > 60 || email.length > 100) {
    return bad(
      'registration-error',
      '<strong>Error:</strong> Couldn&#8217;t register you&hellip; please contact us if you continue to have problems.',
    );
  }
  draft.id = state.db.nextUserId;
  draft.login = login;
  draft.nicename = sanitizeTitle(login) || String(draft.id);
  // WooCommerce saves an empty display name, which WordPress replaces with the login.
  draft.displayName = login;
  draft.registered = toSecond(now);
  draft.modified = toSecond(now);
  saveMeta(draft, state.db);
  state.db.insert(draft);
  return draft;
}

export function updateCustomer(
  req: RestRequest,
  state: StoreState,
  version: ApiVersion,
  now: number,
): StoreUser | WpError {
  const id = phpIntCast(req.get('id'));
  const user = state.db.get(id);
  if (!user) return bad('woocommerce_rest_invalid_id', 'Invalid resource ID.');
  const email = req.get('email') ?? null;
  if (
    !phpEmpty(email) &&
    state.db.emailOwner(phpString(email)) !== undefined &&
    phpString(email) !== user.email
  ) {
    return bad('woocommerce_rest_customer_invalid_email', 'Email address is invalid.');
  }
  const username = req.get('username') ?? null;
  if (!phpEmpty(username) && phpString(username) !== user.login) {
    return bad('woocommerce_rest_customer_invalid_argument', "Username isn't editable.");
  }
  const draft = cloneUser(user);
  if (email !== null) {
    const sanitized = sanitizeEmail(email);
    if (sanitized !== '' && !isEmail(sanitized))
      return bad('customer_invalid_email', 'Invalid email address.');
    draft.email = sanitized;
  }
  const fieldError = applyCustomerFields(draft, req, version);
  if (fieldError) return fieldError;
  // wp_update_user() refuses an email another account has (even '') and WooCommerce ignores that.
  const owner = state.db.emailOwner(draft.email);
  if (owner !== undefined && owner !== id) draft.email = user.email;
  saveMeta(draft, state.db);
  draft.modified = toSecond(now);
  state.db.replace(draft);
  return draft;
}

/** Returns the customer as it was before deletion. */
export function deleteCustomer(req: RestRequest, state: StoreState): StoreUser | WpError {
  const id = phpIntCast(req.get('id'));
  const reassign = req.has('reassign') ? absint(req.get('reassign')) : null;
  const force = req.get('force') === true;
  if (!force)
    return bad('woocommerce_rest_trash_not_supported', 'Customers do not support trashing.', 501);
  const user = state.db.get(id);
  if (!user) return bad('woocommerce_rest_invalid_id', 'Invalid resource id.');
  if (reassign && (reassign === id || !state.db.get(reassign))) {
    return bad(
      'woocommerce_rest_customer_invalid_reassign',
      'Invalid resource id for reassignment.',
    );
  }
  state.db.remove(id);
  return user;
}
