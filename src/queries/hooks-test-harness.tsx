import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createClient } from '../api/client';
import type { Customer } from '../api/schemas/customer';
import { makeCustomer } from '../api/testing/customer-fixtures';
import { createFakeFetch, jsonResponse, type RecordedCall } from '../api/testing/fake-fetch';
import { ApiClientContext } from '../session/api-client-context';

// Tests should read `result.current.data` while waiting: useQuery tracks which result fields were
// read and re-renders only when those change, so waiting on `isSuccess` alone misses later data.

/** A tiny store behind the fake fetch: enough routes for the hooks, with every call recorded. */
export function setupHooks(initial: Customer[] = [1, 2, 3].map((id) => makeCustomer(id))) {
  const customers = new Map(initial.map((c) => [c.id, c]));
  let nextId = 100;
  const route = (call: RecordedCall): Response => {
    const path = call.url.pathname.replace('/wp-json/wc/v3/', '');
    if (path.endsWith('/downloads')) return jsonResponse([]);
    const id = Number(/^customers\/(\d+)$/.exec(path)?.[1]);
    const body = call.body ? (JSON.parse(call.body) as Record<string, unknown>) : {};
    if (path === 'customers' && call.method === 'GET') {
      const all = [...customers.values()];
      const perPage = Number(call.url.searchParams.get('per_page') ?? 10);
      const page = Number(call.url.searchParams.get('page') ?? 1);
      const headers = {
        'X-WP-Total': String(all.length),
        'X-WP-TotalPages': String(Math.ceil(all.length / perPage)),
      };
      return jsonResponse(all.slice((page - 1) * perPage, page * perPage), { headers });
    }
    if (path === 'customers' && call.method === 'POST') {
      const created = makeCustomer(nextId++, body as Partial<Customer>);
      customers.set(created.id, created);
      return jsonResponse(created, { status: 201 });
    }
    if (path === 'customers/batch') {
      const updated = (body.update as Array<{ id: number }> | undefined)?.map((u) => {
        const next = { ...makeCustomer(u.id), ...customers.get(u.id), ...u };
        customers.set(u.id, next);
        return next;
      });
      const deleted = (body.delete as number[] | undefined)?.map((d) => {
        const gone = customers.get(d);
        customers.delete(d);
        return (
          gone ?? {
            id: d,
            error: {
              code: 'woocommerce_rest_invalid_id',
              message: 'Invalid ID.',
              data: { status: 400 },
            },
          }
        );
      });
      return jsonResponse({ update: updated, delete: deleted });
    }
    const existing = customers.get(id);
    if (!existing)
      return jsonResponse(
        { code: 'woocommerce_rest_invalid_id', message: 'Invalid ID.', data: { status: 404 } },
        { status: 404 },
      );
    if (call.method === 'PUT') customers.set(id, { ...existing, ...body });
    if (call.method === 'DELETE') customers.delete(id);
    return jsonResponse(customers.get(id) ?? existing);
  };
  const fake = createFakeFetch(route);
  const client = createClient({
    storeUrl: 'https://shop.test',
    version: 'v3',
    consumerKey: 'ck',
    consumerSecret: 'cs_secret',
    authMode: 'basic',
    fetch: fake.fetch,
  });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>
    </QueryClientProvider>
  );
  const gets = (pathname: string) =>
    fake.calls.filter((c) => c.method === 'GET' && c.url.pathname === pathname).length;
  return { client, queryClient, wrapper, calls: fake.calls, gets };
}
