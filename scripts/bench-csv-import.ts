// `npm run bench:csv`: how long importing 10,000 CSV rows into the demo store takes through the
// batch editor's own pipeline (parse → map → validate → chunk → send), and the requests it used.
// Prints figures; asserts nothing. The store runs in this process on a free port over plain HTTP,
// so every request is OAuth-signed exactly as in the browser.
import { createClient } from '../src/api/client';
import { startStore } from '../demo-store/server';
import { autoMap } from '../src/features/batch/csv/column-mapping';
import { buildImport } from '../src/features/batch/csv/build-import';
import { parseCsvText } from '../src/features/batch/csv/parse-csv-file';
import { sendQueue } from '../src/features/batch/send/send-queue';

const ROWS = 10_000;
const KEYS = { key: 'ck_bench_csv', secret: 'cs_bench_csv' };

const store = await startStore({ port: 0, https: false, customers: 250, seed: 42, ...KEYS });
const requests: Record<string, number> = {};
const countingFetch: typeof fetch = (input, init) => {
  const method = init?.method ?? 'GET';
  const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
  const name = `${method} ${path.replace(/\/\d+$/, '/<id>')}`;
  requests[name] = (requests[name] ?? 0) + 1;
  return fetch(input, init);
};
const client = createClient({
  storeUrl: store.url,
  version: 'v3',
  consumerKey: KEYS.key,
  consumerSecret: KEYS.secret,
  authMode: 'auto',
  fetch: countingFetch,
});

const header = 'email,first_name,last_name,billing_city,billing_country,meta:source';
const lines = Array.from(
  { length: ROWS },
  (_, i) => `bench-${i}@example.test,Bench,"Row ${i}",Lyon,FR,bench-csv`,
);
const text = [header, ...lines].join('\r\n');

const t0 = performance.now();
const parsed = parseCsvText(text);
const t1 = performance.now();
const results = await buildImport(parsed.rows, autoMap(parsed.headers), 'create', undefined);
const ops = results.flatMap((r) => (r.op ? [r.op] : []));
const t2 = performance.now();
let failed = 0;
const summary = await sendQueue({
  client,
  ops,
  onOutcomes: (outcomes) => {
    failed += outcomes.filter((o) => o.status !== 'done').length;
  },
});
const t3 = performance.now();
await store.close();

const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(`CSV import of ${ROWS.toLocaleString('en-US')} rows into the demo store`);
console.table({
  'parse (Papa Parse)': ms(t1 - t0),
  'map + validate (zod, in slices)': ms(t2 - t1),
  'send (chunks of 100, 2 in flight)': ms(t3 - t2),
  total: ms(t3 - t0),
});
console.log(
  `operations: ${ops.length} queued, ${summary.doneOperations - failed} succeeded, ${failed} failed`,
);
console.log('requests:');
console.table(requests);
