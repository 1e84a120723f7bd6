import { describe, expect, it } from 'vitest';
import { createStoreHandler } from '../handler.ts';
import { queryUsers, type CustomerQuery } from '../customer-query.ts';
import { KEYS, call, list, makeStore } from './helpers.ts';

describe('seeded data', () => {
  it('is the same for the same seed and count, and differs for another seed', async () => {
    const a = await call(makeStore({ seed: 11 }), '/wp-json/wc/v3/customers?per_page=50&role=all');
    const b = await call(makeStore({ seed: 11 }), '/wp-json/wc/v3/customers?per_page=50&role=all');
    const c = await call(makeStore({ seed: 12 }), '/wp-json/wc/v3/customers?per_page=50&role=all');
    const stable = (text: string) => text.replace(/oauth_[a-z_]+=[^&>"]*/g, '');
    expect(stable(a.text)).toBe(stable(b.text));
    expect(stable(a.text)).not.toBe(stable(c.text));
  });

  it('has user 1 as the administrator, a few staff roles and customers', async () => {
    const store = makeStore();
    expect(store.db.get(1)).toMatchObject({ role: 'administrator', login: 'admin' });
    const roles = new Set(
      list((await call(store, '/wp-json/wc/v3/customers?role=all&per_page=100')).body).map(
        (user) => user.role,
      ),
    );
    for (const role of ['administrator', 'shop_manager', 'customer']) expect(roles).toContain(role);
    expect(roles.size).toBeGreaterThanOrEqual(4);
  });

  // Speed is measured by `npm run bench:store`, never asserted here: timed tests flake.
  it('seeds 100,000 customers and pages deep into them', () => {
    const store = createStoreHandler({ ...KEYS, customers: 100_000, seed: 1 });
    const query: CustomerQuery = {
      role: 'customer',
      include: [],
      exclude: [],
      search: '',
      email: null,
      orderby: 'id',
      order: 'desc',
      offset: 50_000,
      limit: 100,
    };
    const page = queryUsers(store.db, query);
    expect(page.total).toBe(100_000);
    expect(page.users).toHaveLength(100);
    expect(page.users[0]!.id).toBeGreaterThan(page.users[99]!.id);
  }, 20_000);
});
