// `tsx demo-store/cli.ts [--port 8787] [--https] [--key ck… --secret cs…] [--read-key … --read-secret …]
//  [--customers 250] [--seed 42] [--data users.json] [--timezone Asia/Shanghai] [--namespaces wc/v3,…]
//  [--home-url http://shop.example.com]`

import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStore, type StoreOptions } from './server.ts';
import { parseHomeUrl } from './site-override.ts';

export const DEFAULT_STORE_OPTIONS = {
  port: 8787,
  key: 'ck_demo_0123456789abcdef0123456789abcdef01234567',
  secret: 'cs_demo_0123456789abcdef0123456789abcdef01234567',
  readKey: 'ck_read_0123456789abcdef0123456789abcdef01234567',
  readSecret: 'cs_read_0123456789abcdef0123456789abcdef01234567',
  customers: 250,
  seed: 42,
} satisfies StoreOptions;

export const USAGE =
  'Usage: tsx demo-store/cli.ts [--port <p>] [--https] [--key <ck> --secret <cs>] ' +
  '[--read-key <ck> --read-secret <cs>] [--customers <n>] [--seed <s>] [--data <file.json>] ' +
  '[--timezone <IANA zone>] [--namespaces <ns,ns>] [--home-url <url>]';

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value))
    throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return Number(value);
}

/** Options for startStore from command-line arguments (without `node` and the script path). */
export function parseStoreArgs(argv: string[]): StoreOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      https: { type: 'boolean' },
      key: { type: 'string' },
      secret: { type: 'string' },
      'read-key': { type: 'string' },
      'read-secret': { type: 'string' },
      customers: { type: 'string' },
      seed: { type: 'string' },
      data: { type: 'string' },
      timezone: { type: 'string' },
      namespaces: { type: 'string' },
      'home-url': { type: 'string' },
    },
  });
  const port = count(values.port, 'port', DEFAULT_STORE_OPTIONS.port);
  if (port > 65535) throw new Error(`--port must be at most 65535, got ${port}`);
  if ((values.key === undefined) !== (values.secret === undefined))
    throw new Error('--key and --secret go together');
  if ((values['read-key'] === undefined) !== (values['read-secret'] === undefined)) {
    throw new Error('--read-key and --read-secret go together');
  }
  const options: StoreOptions = {
    port,
    https: values.https === true,
    key: values.key ?? DEFAULT_STORE_OPTIONS.key,
    secret: values.secret ?? DEFAULT_STORE_OPTIONS.secret,
    readKey: values['read-key'] ?? DEFAULT_STORE_OPTIONS.readKey,
    readSecret: values['read-secret'] ?? DEFAULT_STORE_OPTIONS.readSecret,
    customers: count(values.customers, 'customers', DEFAULT_STORE_OPTIONS.customers),
    seed: count(values.seed, 'seed', DEFAULT_STORE_OPTIONS.seed),
  };
  if (values.data !== undefined) options.dataFile = values.data;
  if (values.timezone !== undefined) options.timezone = values.timezone;
  if (values['home-url'] !== undefined) options.homeUrl = parseHomeUrl(values['home-url']);
  if (values.namespaces !== undefined)
    options.namespaces = values.namespaces.split(',').filter(Boolean);
  return options;
}

async function main(): Promise<void> {
  let options: StoreOptions;
  try {
    options = parseStoreArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
  const store = await startStore(options);
  console.log(`Demo WooCommerce store: ${store.url}/wp-json/`);
  console.log(`  read/write key: ${options.key}  secret: ${options.secret}`);
  if (options.readKey)
    console.log(`  read-only key:  ${options.readKey}  secret: ${options.readSecret}`);
  if (options.homeUrl) {
    console.log(`  Home URL: ${options.homeUrl} — signatures are checked against it, as behind a`);
    console.log('  proxy that rewrites the address: clients typing the real address are refused.');
  } else {
    console.log(`  OAuth signatures cover the host: use ${store.url} exactly (not localhost).`);
  }
  console.log(`  Control API: ${store.url}/__demo/  — Ctrl+C stops.`);
  const stop = () => void store.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (invokedDirectly) void main();
