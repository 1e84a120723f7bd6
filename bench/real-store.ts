// The grid and write measurements of bench/run.ts against the real WooCommerce of
// ../shared/real-store (PHP, MariaDB, nginx on this machine), so the figures include a real
// server's time. Run alone (`npm run bench:real`) or at the end of `npm run bench --real-store`
// (or BENCH_REAL_STORE=1). The store gets 1,000 customers for the run and loses them after.
import { mkdir, writeFile } from 'node:fs/promises';
import {
  assertReachable,
  realStoreTarget,
  storeCall,
  type StoreTarget,
} from '../differential/store-target';
import { median, startBenchSession } from './app-session';
import { measureGrid, type GridRun } from './measure-grid';
import { measureWrites, type WritesRun } from './measure-writes';

const CUSTOMERS = 1000;

async function seed(store: StoreTarget): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < CUSTOMERS; start += 100) {
    const create = Array.from({ length: 100 }, (_, i) => ({
      email: `bench-${start + i}@bench.test`,
      first_name: `Bench${start + i}`,
      last_name: 'Real',
      billing: { city: 'Berlin', country: 'DE' },
    }));
    const answer = await storeCall<{ create: { id: number }[] }>(store, 'POST', 'customers/batch', {
      create,
    });
    ids.push(...answer.create.map((item) => item.id).filter((id) => id > 0));
  }
  return ids;
}

/** This bench's customers: the seeded ones and the 250-row imports of measureWrites. */
async function removeBenchCustomers(store: StoreTarget): Promise<void> {
  for (const search of ['bench.test', 'bench-250-']) {
    for (;;) {
      const found = await storeCall<{ id: number }[]>(store, 'GET', 'customers', undefined, {
        search,
        role: 'all',
        per_page: 100,
      });
      if (found.length === 0) break;
      await storeCall(store, 'POST', 'customers/batch', { delete: found.map((c) => c.id) });
    }
  }
}

export async function benchRealStore(runs: number): Promise<void> {
  const store = realStoreTarget();
  await assertReachable(store);
  await removeBenchCustomers(store);
  const ids = await seed(store);
  // Plain http and OAuth 1.0a, as the demo-store figures (no TLS, no preflights for reads).
  const session = await startBenchSession(10, {
    storeUrl: store.httpUrl,
    key: store.keys.key,
    secret: store.keys.secret,
  });
  try {
    const grid: GridRun[] = [];
    // No heap figure: 200 pages of 25 need 5,000 customers, more than a run should make here.
    for (let i = 0; i < runs; i += 1) grid.push(await measureGrid(session, false));
    const writes: WritesRun[] = [];
    for (let i = 0; i < runs; i += 1) {
      const [editId, deleteId] = [ids[2 * i], ids[2 * i + 1]];
      if (editId === undefined || deleteId === undefined) throw new Error('too few customers');
      writes.push(await measureWrites(session, 100 + i, { editId, deleteId }));
    }
    const m = (values: number[]) => median(values.filter((v) => !Number.isNaN(v)));
    const results = {
      runs,
      customers: CUSTOMERS,
      timeToGridMs: m(grid.map((r) => r.timeToGridMs)),
      flipPrefetchedMs: m(grid.map((r) => r.flipPrefetchedMs)),
      flipColdMs: m(grid.map((r) => r.flipColdMs)),
      searchKeystrokeMs: m(grid.map((r) => r.searchKeystrokeMs)),
      coldOpenRequests: m(grid.map((r) => r.coldOpenRequests)),
      saveMs: m(writes.map((r) => r.saveMs)),
      batch250Ms: m(writes.map((r) => r.batch250Ms)),
      batch250Requests: m(writes.map((r) => r.batch250.count)),
    };
    const rows: [string, string][] = [
      ['navigation → 100 rows painted (cold)', `${results.timeToGridMs.toFixed(0)} ms`],
      ['page flip, next page prefetched', `${results.flipPrefetchedMs.toFixed(0)} ms`],
      ['page flip, page not prefetched', `${results.flipColdMs.toFixed(0)} ms`],
      [
        'search keystroke → rows updated (incl. debounce)',
        `${results.searchKeystrokeMs.toFixed(0)} ms`,
      ],
      ['cold open: store requests', `${results.coldOpenRequests}`],
      ['save an edit: click → detail shows it', `${results.saveMs.toFixed(0)} ms`],
      ['batch of 250 creates: send → all succeeded', `${results.batch250Ms.toFixed(0)} ms`],
      ['batch of 250 creates: store requests', `${results.batch250Requests}`],
    ];
    const width = Math.max(...rows.map(([name]) => name.length));
    console.log(
      `\nReal WooCommerce 7.9 (PHP 8.2, nginx, MariaDB) — medians of ${runs} runs, ${CUSTOMERS} customers\n`,
    );
    for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
    await mkdir('bench/results', { recursive: true });
    await writeFile('bench/results/real-store.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nwritten: bench/results/real-store.json');
  } finally {
    await session.close();
    await removeBenchCustomers(store);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchRealStore(Number(process.env.BENCH_RUNS ?? 3));
}
