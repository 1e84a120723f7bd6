// The differential suite: one corpus of requests (corpus.ts) goes to the real WooCommerce store of
// ../shared/real-store and to the demo store (in process, playing the same empty store: one
// administrator, the same keys and time zone); the answers are compared after normalization
// (compare.ts). A difference must either be fixed in the demo store or be listed in documented.ts
// with its reason (and in demo-store/README.md); any other difference fails the run.
//
//   npx tsx differential/run.ts [--verbose]       (the real store must be running; see README.md)

import { createStoreHandler } from '../demo-store/handler.ts';
import { diffAnswers, normalizeAnswer } from './compare.ts';
import { buildCorpus, type Case, type CaseContext } from './corpus.ts';
import { DOCUMENTED } from './documented.ts';
import { demoOrderData, setUpOrders, tearDownOrders, type OrdersSetup } from './orders-setup.ts';
import {
  assertReachable,
  buildRequest,
  parseJson,
  realStoreTarget,
  sendToStore,
  storeCall,
  syncRealAnalytics,
  type StoreAnswer,
  type StoreTarget,
} from './store-target.ts';

const verbose = process.argv.includes('--verbose');

function demoTarget(real: StoreTarget, orders: OrdersSetup): StoreTarget {
  const mirrored = demoOrderData(orders);
  const handler = createStoreHandler({
    ...real.keys,
    // As setup.sh leaves the real store: one administrator owning the keys, Berlin time; plus the
    // order cases' customers and orders, as made on the real store (orders-setup.ts).
    data: {
      users: [
        {
          id: 1,
          username: 'admin',
          email: 'admin@example.com',
          role: 'administrator',
          display_name: 'admin',
        },
        ...mirrored.users,
      ],
      orders: mirrored.orders,
    },
    timezone: 'Europe/Berlin',
    siteName: 'Real Store',
  });
  // In process: nothing listens on these addresses; the handler takes the origin as its home URL.
  return {
    name: 'demo',
    httpUrl: 'http://127.0.0.1:18787',
    httpsUrl: 'https://127.0.0.1:18788',
    keys: real.keys,
    send: (request) => handler.handle(request),
  };
}

/**
 * Customers an earlier, interrupted run left on the real store: this suite's email domain, or one
 * of its usernames with the email a batch case blanks on purpose.
 */
async function removeLeftovers(real: StoreTarget): Promise<void> {
  const mine: number[] = [];
  for (let page = 1; ; page++) {
    const users = await storeCall<{ id: number; email: string; username: string }[]>(
      real,
      'GET',
      'customers',
      undefined,
      { role: 'all', per_page: 100, page, orderby: 'id' },
    );
    for (const user of users) {
      const blanked = user.email === '' && /^grace(-\d+)?$/.test(user.username);
      if (user.email.toLowerCase().endsWith('@diff.test') || blanked) mine.push(user.id);
    }
    if (users.length < 100) break;
  }
  for (let i = 0; i < mine.length; i += 100)
    await storeCall(real, 'POST', 'customers/batch', { delete: mine.slice(i, i + 100) });
}

async function ask(target: StoreTarget, test: Case, ctx: CaseContext): Promise<StoreAnswer> {
  const spec = test.request(ctx);
  if (!test.twice) return sendToStore(target, spec);
  const request = buildRequest(target, spec);
  await target.send(request.clone());
  const response = await target.send(request);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: parseJson(text) };
}

function sortByEmail(body: unknown): unknown {
  if (!Array.isArray(body)) return body;
  const key = (item: unknown) => String((item as { email?: unknown }).email ?? '');
  return [...body].sort((a, b) => key(a).localeCompare(key(b)));
}

interface Outcome {
  name: string;
  kind: 'match' | 'documented' | 'undocumented';
  diffs: string[];
}

async function main(): Promise<number> {
  const started = Date.now();
  const real = realStoreTarget();
  await assertReachable(real);
  await removeLeftovers(real);
  const orders = await setUpOrders(real);
  const demo = demoTarget(real, orders);

  const ids = { real: new Map<string, number>(), demo: new Map<string, number>() };
  // The demo store holds the real store's order-case customers and orders under the same ids.
  const known: [string, number][] = [
    ['olga', orders.customers.olga.id],
    ['petra', orders.customers.petra.id],
    ...orders.orders.map((order, i): [string, number] => [`order-${i + 1}`, order.id]),
  ];
  for (const [name, id] of known) for (const map of Object.values(ids)) map.set(name, id);
  const ctxOf = (which: 'real' | 'demo'): CaseContext => ({
    id: (name) => {
      const id = ids[which].get(name);
      if (id === undefined)
        throw new Error(`no customer captured as "${name}" on the ${which} store`);
      return id;
    },
  });

  const outcomes: Outcome[] = [];
  try {
    for (const test of buildCorpus()) {
      if (test.syncAnalytics) await syncRealAnalytics();
      const answers = {
        real: await ask(real, test, ctxOf('real')),
        demo: await ask(demo, test, ctxOf('demo')),
      };
      if (test.capture) {
        for (const which of ['real', 'demo'] as const) {
          const id = (answers[which].json as { id?: unknown } | undefined)?.id;
          if (typeof id !== 'number')
            throw new Error(
              `${test.name}: the ${which} store made no customer (${answers[which].status} ${answers[which].text.slice(0, 200)})`,
            );
          ids[which].set(test.capture, id);
        }
      }
      const project = test.unordered ? sortByEmail : test.project;
      const diffs = diffAnswers(
        normalizeAnswer(answers.real, real, project),
        normalizeAnswer(answers.demo, demo, project),
      );
      const kind =
        diffs.length === 0 ? 'match' : DOCUMENTED[test.name] ? 'documented' : 'undocumented';
      outcomes.push({ name: test.name, kind, diffs });
      if (kind === 'undocumented' || (verbose && kind === 'documented')) {
        console.log(`✗ ${test.name}${kind === 'documented' ? ' (documented)' : ''}`);
        for (const line of diffs) console.log(`    ${line}`);
      } else if (verbose) console.log(`✓ ${test.name}`);
    }
  } finally {
    await removeLeftovers(real);
    await tearDownOrders(real, orders);
  }

  const count = (kind: Outcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  const stale = Object.keys(DOCUMENTED).filter((name) =>
    outcomes.some((o) => o.name === name && o.kind === 'match'),
  );
  for (const name of stale)
    console.log(`note: "${name}" is documented as a difference but now matches`);
  const rows: [string, number][] = [
    ['requests compared', outcomes.length],
    ['matches', count('match')],
    ['documented differences', count('documented')],
    ['undocumented differences', count('undocumented')],
  ];
  console.log('');
  for (const [label, value] of rows)
    console.log(`| ${label.padEnd(25)} | ${String(value).padStart(4)} |`);
  const failed = count('undocumented');
  console.log(
    `\n${outcomes.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
