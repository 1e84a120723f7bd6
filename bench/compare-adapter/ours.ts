// Our adapter in a page of its own: the client, OAuth signing and the customer list schema, as
// the app uses them to read a page of customers.
import { createClient } from '../../src/api/client';
import { listCustomers } from '../../src/api/endpoints/customers';
import { signOAuth1Header } from '../../src/api/oauth1';
import { EMPTY_PAGE_HEADERS, KEYS, STORE } from './shared';

// Answers every call at once, so only the client's own work is timed.
const stubFetch: typeof fetch = () =>
  Promise.resolve(new Response('[]', { status: 200, headers: EMPTY_PAGE_HEADERS }));

const client = createClient({
  storeUrl: STORE,
  version: 'v3',
  consumerKey: KEYS.key,
  consumerSecret: KEYS.secret,
  authMode: 'auto',
  fetch: stubFetch,
});

window.adapterBench = {
  async sign(count) {
    for (let page = 1; page <= count; page += 1) {
      await signOAuth1Header({
        method: 'GET',
        url: `${STORE}/wp-json/wc/v3/customers?page=${page}&per_page=100`,
        consumerKey: KEYS.key,
        consumerSecret: KEYS.secret,
        signatureMethod: 'HMAC-SHA256',
      });
    }
  },
  async request(count) {
    for (let page = 1; page <= count; page += 1) {
      await listCustomers(client, { page, per_page: 100 });
    }
  },
};
