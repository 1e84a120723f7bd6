// What both adapter pages expose to the benchmark, so one driver can time either.
export interface AdapterBench {
  /** Signs `count` GET /customers?page=i requests (OAuth 1.0a, HMAC-SHA256); sends nothing. */
  sign(count: number): Promise<void>;
  /** Makes `count` full GET /customers?page=i calls through the client, answered by a stub. */
  request(count: number): Promise<void>;
}

declare global {
  interface Window {
    adapterBench?: AdapterBench;
  }
}

// Plain http, so both clients sign with OAuth 1.0a as WooCommerce requires there.
export const STORE = 'http://127.0.0.1:9/shop';
export const KEYS = { key: 'ck_compare_adapter', secret: 'cs_compare_adapter' };
export const EMPTY_PAGE_HEADERS = {
  'Content-Type': 'application/json',
  'X-WP-Total': '0',
  'X-WP-TotalPages': '0',
};
