// The official @woocommerce/woocommerce-rest-api client in a page of its own, used the way its
// README shows. It sends through axios; a stub adapter answers so only the client's work is timed.
import WooCommerceRestApi from '@woocommerce/woocommerce-rest-api';
import type { AxiosAdapter } from 'axios';
import { EMPTY_PAGE_HEADERS, KEYS, STORE } from './shared';

const stubAdapter: AxiosAdapter = (config) =>
  Promise.resolve({ data: [], status: 200, statusText: 'OK', headers: EMPTY_PAGE_HEADERS, config });

const api = new WooCommerceRestApi({
  url: STORE,
  consumerKey: KEYS.key,
  consumerSecret: KEYS.secret,
  version: 'wc/v3',
  axiosConfig: { adapter: stubAdapter },
});

// Its signing step, as _request runs it over plain http: URL with sorted query, then OAuth params.
interface SigningInternals {
  _getUrl(endpoint: string, params: Record<string, unknown>): string;
  _getOAuth(): { authorize(request: { url: string; method: string }): unknown };
}
const internals = api as unknown as SigningInternals;

window.adapterBench = {
  async sign(count) {
    for (let page = 1; page <= count; page += 1) {
      const url = internals._getUrl('customers', { page, per_page: 100 });
      internals._getOAuth().authorize({ url, method: 'GET' });
    }
  },
  async request(count) {
    for (let page = 1; page <= count; page += 1) {
      await api.get('customers', { page, per_page: 100 });
    }
  },
};
