import { describe, expect, it } from 'vitest';
import { HTTP, call, list, makeStore, obj } from './helpers.ts';

const LIST = '/wp-json/wc/v3/customers';

function error(code: string, message: string, status = 400) {
  return { code, message, data: { status } };
}

describe('create', () => {
  it('answers 201 with Location and the full object; role is read-only', async () => {
    const store = makeStore();
    const result = await call(store, LIST, {
      method: 'POST',
      body: {
        email: 'John.Roe@Example.org',
        first_name: 'John',
        role: 'administrator',
        billing: { city: 'Lyon', postcode: '69001' },
      },
    });
    expect(result.status).toBe(201);
    const body = obj(result.body);
    expect(result.headers.get('Location')).toBe(`${HTTP}${LIST}/${String(body.id)}`);
    expect(body).toMatchObject({
      email: 'John.Roe@Example.org',
      first_name: 'John',
      role: 'customer',
      username: 'john.roe',
    });
    expect(obj(body.billing)).toMatchObject({ city: 'Lyon', postcode: '69001' });
    expect(body.date_created).toBe(body.date_modified);
  });

  it('generates a unique username from the email, WooCommerce style', async () => {
    const store = makeStore();
    const first = obj(
      (await call(store, LIST, { method: 'POST', body: { email: 'dup.name@a.example' } })).body,
    );
    const second = obj(
      (await call(store, LIST, { method: 'POST', body: { email: 'dup.name@b.example' } })).body,
    );
    const info = obj(
      (await call(store, LIST, { method: 'POST', body: { email: 'info@shop-domain.example' } }))
        .body,
    );
    expect(first.username).toBe('dup.name');
    expect(second.username).toMatch(/^dup\.name-\d{4}$/);
    expect(info.username).toBe('shop-domain.example');
  });

  it('strips accents, tags and entities from usernames but refuses other characters', async () => {
    const store = makeStore();
    const ok = await call(store, LIST, {
      method: 'POST',
      body: { email: 'u1@example.org', username: '<b>José</b>&amp;' },
    });
    expect(obj(ok.body).username).toBe('Jose');
    const bad = await call(store, LIST, {
      method: 'POST',
      body: { email: 'u2@example.org', username: 'bad!name' },
    });
    expect(bad.body).toEqual(
      error('registration-error-invalid-username', 'Please enter a valid account username.'),
    );
  });

  it('reports each create error with WooCommerce codes', async () => {
    const store = makeStore();
    const existing = store.db.get(10);
    if (!existing) throw new Error('seed too small');
    const cases: [unknown, object][] = [
      [
        { first_name: 'x' },
        {
          code: 'rest_missing_callback_param',
          message: 'Missing parameter(s): email',
          data: { status: 400, params: ['email'] },
        },
      ],
      [{ email: 'not-an-email' }, error('customer_invalid_email', 'Invalid email address')],
      [
        { email: '' },
        error('registration-error-invalid-email', 'Please provide a valid email address.'),
      ],
      [
        { email: existing.email.toUpperCase() },
        error(
          'registration-error-email-exists',
          'An account is already registered with your email address. <a href="#" class="showlogin">Please log in.</a>',
        ),
      ],
      [
        { email: 'brand.new@example.org', username: existing.login },
        error(
          'registration-error-username-exists',
          'An account is already registered with that username. Please choose another.',
        ),
      ],
      [
        { email: 'z@example.org', id: 5 },
        error('woocommerce_rest_customer_exists', 'Cannot create existing resource.'),
      ],
    ];
    for (const [body, expected] of cases) {
      const result = await call(store, LIST, { method: 'POST', body });
      expect(result.status, JSON.stringify(body)).toBe(400);
      expect(result.body).toEqual(expected);
    }
    const billing = await call(store, LIST, {
      method: 'POST',
      body: { email: 'ok@example.org', billing: { email: 'nope' } },
    });
    expect(billing.body).toMatchObject({
      code: 'rest_invalid_param',
      data: { params: { billing: 'Invalid email address.' } },
    });
    const type = await call(store, LIST, {
      method: 'POST',
      body: { email: 'ok@example.org', first_name: 5 },
    });
    expect(type.body).toMatchObject({
      code: 'rest_invalid_param',
      data: { params: { first_name: 'first_name is not of type string.' } },
    });
  });

  it('refuses malformed JSON, but only when the body is declared JSON', async () => {
    const store = makeStore();
    const bad = await call(store, LIST, { method: 'POST', rawBody: '{"email": ' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      code: 'rest_invalid_json',
      message: 'Invalid JSON body passed.',
      data: { status: 400 },
    });
    const plain = await call(store, LIST, {
      method: 'POST',
      rawBody: '{"email":"p@example.org"}',
      contentType: 'text/plain',
    });
    expect(plain.body).toMatchObject({ code: 'rest_missing_callback_param' });
  });

  it('stores meta values the way WordPress returns them', async () => {
    const store = makeStore();
    const meta = [
      { key: 'count', value: 5 },
      { key: 'flag', value: true },
      { key: 'list', value: [1, 'a'] },
      { key: 'map', value: { a: 1 } },
      { key: 'empty', value: {} },
    ];
    const body = obj(
      (
        await call(store, LIST, {
          method: 'POST',
          body: { email: 'meta@example.org', meta_data: meta },
        })
      ).body,
    );
    const values = Object.fromEntries(list(body.meta_data).map((row) => [row.key, row.value]));
    expect(values).toEqual({ count: '5', flag: '1', list: [1, 'a'], map: { a: 1 }, empty: [] });
  });
});
