// The test-control API under /__demo/ (outside /wp-json, no keys, CORS open): inject and clear
// faults, reset the data, read the request log.

import { ALLOW_METHODS } from '../cors.ts';
import { faultRuleJson, type FaultStore } from '../faults.ts';
import type { RequestLog } from '../request-log.ts';
import { parseSiteOverride, type SiteOverride } from '../site-override.ts';
import type { StoreState } from '../state.ts';
import { isJsonObject, type JsonValue } from '../types.ts';

interface ControlledStore {
  faults: FaultStore;
  siteOverride: SiteOverride | null;
  requests: RequestLog;
  readonly state: StoreState;
  reset(options?: { customers?: number; seed?: number }): void;
}

function json(request: Request, data: JsonValue, status = 200): Response {
  const headers = new Headers({ 'Content-Type': 'application/json; charset=UTF-8' });
  headers.set('Access-Control-Allow-Origin', request.headers.get('Origin') ?? '*');
  headers.set('Access-Control-Allow-Methods', ALLOW_METHODS);
  headers.set('Access-Control-Allow-Headers', 'Content-Type');
  return new Response(JSON.stringify(data), { status, headers });
}

function problem(request: Request, message: string, status = 400): Response {
  return json(request, { code: 'demo_store_control_error', message, data: { status } }, status);
}

async function readJson(request: Request): Promise<JsonValue> {
  const text = await request.text();
  if (text.trim() === '') return {};
  return JSON.parse(text) as JsonValue;
}

function optionalCount(value: JsonValue | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new Error(`"${name}" must be a non-negative integer`);
  return value;
}

export async function handleControl(
  store: ControlledStore,
  request: Request,
  url: URL,
): Promise<Response> {
  const path = url.pathname.replace(/\/+$/, '');
  const method = request.method.toUpperCase();
  if (method === 'OPTIONS') return json(request, null);
  try {
    if (path === '/__demo' || path === '/__demo/info') {
      const { state } = store;
      return json(request, {
        users: state.db.size,
        timezone: state.settings.timezone,
        namespaces: state.settings.namespaces,
        keys: state.keys.map((key) => ({
          consumer_key: key.consumerKey,
          permissions: key.permissions,
          user_id: key.userId,
        })),
      });
    }
    if (path === '/__demo/faults' && method === 'GET')
      return json(request, store.faults.list().map(faultRuleJson));
    if (path === '/__demo/faults' && method === 'POST') {
      const rule = store.faults.add(await readJson(request));
      return json(request, faultRuleJson(rule), 201);
    }
    if (path === '/__demo/faults' && method === 'DELETE') {
      const cleared = store.faults.list().length;
      store.faults.clear();
      return json(request, { cleared });
    }
    const one = /^\/__demo\/faults\/([^/]+)$/.exec(path);
    if (one && method === 'DELETE') {
      const deleted = store.faults.remove(decodeURIComponent(one[1] ?? ''));
      return deleted ? json(request, { deleted: true }) : problem(request, 'no such fault', 404);
    }
    if (path === '/__demo/site' && method === 'POST') {
      store.siteOverride = parseSiteOverride(await readJson(request));
      return json(request, { ...store.siteOverride });
    }
    if (path === '/__demo/site' && method === 'DELETE') {
      store.siteOverride = null;
      return json(request, { cleared: true });
    }
    if (path === '/__demo/reset' && method === 'POST') {
      const body = await readJson(request);
      const options = isJsonObject(body) ? body : {};
      const customers = optionalCount(options.customers, 'customers');
      const seed = optionalCount(options.seed, 'seed');
      store.reset({
        ...(customers !== undefined ? { customers } : {}),
        ...(seed !== undefined ? { seed } : {}),
      });
      return json(request, { reset: true, users: store.state.db.size });
    }
    if (path === '/__demo/requests' && method === 'GET')
      return json(request, store.requests.list() as unknown as JsonValue);
    if (path === '/__demo/requests' && method === 'DELETE') {
      store.requests.clear();
      return json(request, { cleared: true });
    }
    return problem(request, `no control route ${method} ${path}`, 404);
  } catch (error) {
    return problem(request, error instanceof Error ? error.message : String(error));
  }
}
