import { createClient, resolveAuthMode, type ApiVersion } from '../../api/client';
import { isApiError, type ApiError } from '../../api/errors';
import { listCustomers } from '../../api/endpoints/customers';
import { checkWriteAccess, discoverStore, type StoreInfo } from '../../api/endpoints/store';
import { addressDifferences, type AddressPart } from './address-mismatch';
import {
  normalizeStoreUrl,
  type ConnectFormValues,
  type SavedConnection,
} from '../../session/connection-settings';

/** Every way a connection attempt can fail, named so the screen can say exactly what to fix. */
export type ConnectionProblem =
  | { kind: 'unreachable' }
  | { kind: 'notWordPress' }
  | { kind: 'noWooCommerce' }
  | { kind: 'versionNotOffered'; version: ApiVersion; offered: ApiVersion[] }
  | { kind: 'httpsRequired' }
  | { kind: 'wrongSecret' }
  | { kind: 'wrongKey' }
  | { kind: 'signatureRejected' }
  | { kind: 'clockSkew' }
  | { kind: 'corsAfterIndex' }
  | { kind: 'timeout' }
  /** Refused, and the store names another address as its own: shown side by side. */
  | {
      kind: 'addressMismatch';
      cause: 'signature' | 'basic' | 'https';
      typed: string;
      reported: string;
      differences: AddressPart[];
    }
  | { kind: 'other'; message: string };

export type ConnectionTestResult =
  | { ok: true; connection: SavedConnection; offeredVersions: ApiVersion[] }
  | { ok: false; problem: ConnectionProblem; offeredVersions: ApiVersion[] };

export async function testConnection(
  values: ConnectFormValues,
  options: { signal?: AbortSignal; fetch?: typeof fetch } = {},
): Promise<ConnectionTestResult> {
  const storeUrl = normalizeStoreUrl(values.storeUrl);
  let offered: ApiVersion[] = [];
  let index: StoreInfo | null = null;
  try {
    index = await discoverStore(storeUrl, options);
    offered = index.versions;
    const newest = offered[0];
    if (!newest) return fail({ kind: 'noWooCommerce' }, offered);
    const version = values.version === 'auto' ? newest : values.version;
    if (!offered.includes(version)) {
      return fail({ kind: 'versionNotOffered', version, offered }, offered);
    }
    const auth = resolveAuthMode(storeUrl, values.authMode);
    if (auth !== 'oauth1' && new URL(storeUrl).protocol !== 'https:') {
      return fail(nameMismatch({ kind: 'httpsRequired' }, storeUrl, index, auth), offered);
    }
    const client = createClient({
      storeUrl,
      version,
      consumerKey: values.consumerKey.trim(),
      consumerSecret: values.consumerSecret.trim(),
      authMode: values.authMode,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    await listCustomers(client, { per_page: 1, _fields: ['id'] }, { signal: options.signal });
    const access = await checkWriteAccess(client);
    return {
      ok: true,
      offeredVersions: offered,
      connection: {
        storeUrl,
        storeName: index.name || new URL(storeUrl).host,
        version,
        authMode: values.authMode,
        consumerKey: values.consumerKey.trim(),
        consumerSecret: values.consumerSecret.trim(),
        remember: values.remember,
        access,
      },
    };
  } catch (error) {
    const problem = describeFailure(error, offered.length > 0);
    return fail(
      nameMismatch(problem, storeUrl, index, resolveAuthMode(storeUrl, values.authMode)),
      offered,
    );
  }
}

/**
 * A refusal that a wrong address explains: a rejected OAuth signature, a Basic key the store did
 * not see (it thinks it is on plain HTTP), HTTPS needed where the store says it has it.
 */
function nameMismatch(
  problem: ConnectionProblem,
  typed: string,
  index: StoreInfo | null,
  auth: ReturnType<typeof resolveAuthMode>,
): ConnectionProblem {
  if (!index?.url) return problem;
  const differences = addressDifferences(typed, index.url);
  if (differences.length === 0) return problem;
  const mismatch = { kind: 'addressMismatch' as const, typed, reported: index.url, differences };
  if (problem.kind === 'signatureRejected') return { ...mismatch, cause: 'signature' };
  // A store that believes it is on plain HTTP ignores Basic and query keys: the request looks
  // anonymous, which reads like an unknown key. Only a scheme difference explains that.
  const basicUnseen =
    auth !== 'oauth1' &&
    problem.kind === 'wrongKey' &&
    differences.includes('scheme') &&
    index.url.startsWith('http:');
  if (basicUnseen) return { ...mismatch, cause: 'basic' };
  if (problem.kind === 'httpsRequired' && index.url.startsWith('https:'))
    return { ...mismatch, cause: 'https' };
  return problem;
}

function fail(problem: ConnectionProblem, offeredVersions: ApiVersion[]): ConnectionTestResult {
  return { ok: false, problem, offeredVersions };
}

function describeFailure(error: unknown, indexAnswered: boolean): ConnectionProblem {
  if (!isApiError(error)) return { kind: 'other', message: String(error) };
  if (error.kind === 'network')
    return indexAnswered ? { kind: 'corsAfterIndex' } : { kind: 'unreachable' };
  if (error.kind === 'timeout') return { kind: 'timeout' };
  if (error.code === 'customer_desk_not_wordpress') return { kind: 'notWordPress' };
  if (error.code === 'customer_desk_https_required') return { kind: 'httpsRequired' };
  if (error.kind === 'auth') return describeAuthFailure(error);
  return { kind: 'other', message: error.message };
}

// WooCommerce answers 401 for several different mistakes; its message tells them apart.
function describeAuthFailure(error: ApiError): ConnectionProblem {
  const message = error.message.toLowerCase();
  if (message.includes('consumer secret is invalid')) return { kind: 'wrongSecret' };
  if (message.includes('signature')) return { kind: 'signatureRejected' };
  if (message.includes('timestamp')) return { kind: 'clockSkew' };
  if (message.includes('consumer key is invalid')) return { kind: 'wrongKey' };
  if (error.code === 'woocommerce_rest_cannot_view') return { kind: 'wrongKey' };
  return { kind: 'other', message: error.message };
}
