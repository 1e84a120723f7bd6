// `npm run bench:store`: how fast the demo store seeds and answers at 100,000 customers.
// Prints figures (median of several runs); asserts nothing.
import { createStoreHandler } from './handler.ts';

const KEYS = { key: 'ck_bench', secret: 'cs_bench' };
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const REPORT = 'wc-analytics/reports/customers';
const seedTimes: number[] = [];
let store = createStoreHandler({ ...KEYS, customers: 10 });
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  store = createStoreHandler({ ...KEYS, customers: 100_000, seed: run + 1 });
  seedTimes.push(performance.now() - started);
}

const basic = `Basic ${Buffer.from(`${KEYS.key}:${KEYS.secret}`).toString('base64')}`;
async function timeList(query: string, path = 'wc/v3/customers'): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const response = await store.handle(
      new Request(`https://127.0.0.1/wp-json/${path}?${query}`, {
        headers: { Authorization: basic },
      }),
    );
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return median(times);
}

const rows = [
  ['seed 100,000 customers', median(seedTimes)],
  ['list page 1 (100 rows, by name)', await timeList('per_page=100')],
  ['list page 500 (by id desc)', await timeList('per_page=100&page=500&orderby=id&order=desc')],
  ['search "an" (100 rows)', await timeList('per_page=100&search=an')],
  ['list with _fields (100 rows)', await timeList('per_page=100&_fields=id,email,first_name')],
  // The analytics index is built from the users on each request (guests once, on first use).
  ['analytics index page 1 (default)', await timeList('per_page=100', REPORT)],
  [
    'analytics search "an" by total spend',
    await timeList(`per_page=100&search=an&orderby=total_spend`, REPORT),
  ],
] as const;
console.log(`demo store at 100,000 customers, median of ${RUNS} runs`);
for (const [label, ms] of rows) console.log(`${label.padEnd(36)} ${ms.toFixed(1).padStart(8)} ms`);
