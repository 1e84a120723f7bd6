import { describe, expect, it } from 'vitest';
import { HTTP, call, ids, list, makeStore, obj } from './helpers.ts';

const LIST = '/wp-json/wc/v3/customers';

describe('search', () => {
  async function storeWith(users: { email: string; username?: string; first_name?: string }[]) {
    const store = makeStore();
    const created: number[] = [];
    for (const user of users) {
      const result = await call(store, LIST, { method: 'POST', body: user });
      expect(result.status).toBe(201);
      created.push(Number(obj(result.body).id));
    }
    return { store, created };
  }

  it('matches username, email, nicename and display name, case-insensitively', async () => {
    const { store, created } = await storeWith([
      { email: 'quentin.q@searchtest.example', username: 'QZlogin' },
    ]);
    for (const term of ['qzlog', 'QUENTIN.Q', 'searchtest']) {
      expect(ids(await call(store, `${LIST}?search=${term}`))).toEqual(created);
    }
  });

  it('does not match first or last names', async () => {
    const { store } = await storeWith([{ email: 'x1@nomatch.example', first_name: 'Zebulon' }]);
    const result = await call(store, `${LIST}?search=Zebulon`);
    expect(result.body).toEqual([]);
    expect(result.headers.get('X-WP-Total')).toBe('0');
  });

  it('searches only emails when the term contains @', async () => {
    const { store, created } = await storeWith([
      { email: 'someone@hq.example', username: 'team@hq' },
      { email: 'team@hq.example' },
    ]);
    expect(ids(await call(store, `${LIST}?search=team@hq`))).toEqual([created[1]]);
  });

  it('matches a numeric term against the id and the username only', async () => {
    const { store, created } = await storeWith([
      { email: 'n4242@digits.example', username: 'plainname' },
      { email: 'other@digits.example', username: 'user4242' },
    ]);
    const [, second] = created;
    const byLogin = ids(await call(store, `${LIST}?search=4242&role=all`));
    expect(byLogin).toEqual([second]);
    const byId = ids(await call(store, `${LIST}?search=${second}&role=all`));
    expect(byId).toContain(second);
  });

  it('lets email replace search', async () => {
    const { store, created } = await storeWith([{ email: 'exact@email.example' }]);
    const result = await call(store, `${LIST}?search=zzzz&email=exact@email.example`);
    expect(ids(result)).toEqual(created);
  });
});

describe('pagination headers', () => {
  it('sends X-WP-Total, X-WP-TotalPages and absolute prev/next links repeating the query', async () => {
    const store = makeStore();
    const result = await call(store, `${LIST}?per_page=5&page=2&orderby=id`, {
      auth: 'none',
      headers: {},
    });
    expect(result.status).toBe(401);
    const signed = await call(store, `${LIST}?per_page=5&page=2&orderby=id`);
    const link = signed.headers.get('Link') ?? '';
    expect(link).toMatch(
      new RegExp(
        `^<${HTTP}${LIST}\\?per_page=5&page=1&orderby=id&oauth_consumer_key=[^>]+>; rel="prev", <${HTTP}${LIST}\\?per_page=5&page=3&`,
      ),
    );
    expect(link).toContain('rel="next"');
    expect(link).toContain('oauth_signature=');
  });

  it('has no next link on the last page and points prev at the last page when past the end', async () => {
    const store = makeStore();
    const total = Number((await call(store, LIST)).headers.get('X-WP-Total'));
    const pages = Math.ceil(total / 10);
    const last = await call(store, `${LIST}?page=${pages}`);
    expect(last.headers.get('Link')).toContain('rel="prev"');
    expect(last.headers.get('Link')).not.toContain('rel="next"');
    const past = await call(store, `${LIST}?page=${pages + 5}`);
    expect(past.headers.get('Link')).toMatch(
      new RegExp(`customers\\?page=${pages}&[^>]*>; rel="prev"$`),
    );
  });

  it('derives the page of the links from offset', async () => {
    const store = makeStore();
    const result = await call(store, `${LIST}?offset=25&per_page=10`);
    expect(result.headers.get('Link')).toMatch(/offset=25&per_page=10&[^>]*&page=3>; rel="prev"/);
  });

  it('keeps the API root link when there is no page to link to', async () => {
    const store = makeStore();
    const result = await call(store, `${LIST}?per_page=100`);
    expect(result.headers.get('Link')).toBe(`<${HTTP}/wp-json/>; rel="https://api.w.org/"`);
  });
});

describe('_fields', () => {
  it('trims list items, including nested paths, and drops their _links', async () => {
    const store = makeStore();
    const result = await call(store, `${LIST}?_fields=id,email,billing.city,billing.country`);
    for (const item of list(result.body)) {
      expect(Object.keys(item).sort()).toEqual(['billing', 'email', 'id']);
      expect(Object.keys(obj(item.billing)).sort()).toEqual(['city', 'country']);
    }
  });

  it('keeps _links on a single object', async () => {
    const store = makeStore();
    const result = await call(store, `${LIST}/10?_fields=id,first_name`);
    expect(Object.keys(obj(result.body))).toEqual(['id', 'first_name', '_links']);
  });

  it('does not trim errors', async () => {
    const store = makeStore();
    const result = await call(store, `${LIST}/999999?_fields=id`);
    expect(result.body).toMatchObject({ code: 'woocommerce_rest_invalid_id' });
  });
});
