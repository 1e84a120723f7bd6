// `npm start`: the demo store and the app's dev server together, the app opening already
// connected to the store (its address and keys reach the dev build through VITE_DEMO_* variables).
import { createServer } from 'vite';
import { startStore } from '../demo-store/server';
import { DEFAULT_STORE_OPTIONS } from '../demo-store/cli';

const storePort = Number(process.env.STORE_PORT ?? DEFAULT_STORE_OPTIONS.port);
const appPort = Number(process.env.PORT ?? 5173);

const store = await startStore({ ...DEFAULT_STORE_OPTIONS, port: storePort });
process.env.VITE_DEMO_STORE_URL = store.url;
process.env.VITE_DEMO_CONSUMER_KEY = DEFAULT_STORE_OPTIONS.key;
process.env.VITE_DEMO_CONSUMER_SECRET = DEFAULT_STORE_OPTIONS.secret;

const app = await createServer({ server: { port: appPort, host: '127.0.0.1' } });
await app.listen();

console.log(`Demo store:    ${store.url}/wp-json/  (key ${DEFAULT_STORE_OPTIONS.key})`);
console.log(`Customer Desk: ${app.resolvedUrls?.local[0] ?? `http://127.0.0.1:${appPort}/`}`);
console.log('Press Ctrl+C to stop both.');

async function stop() {
  await Promise.allSettled([app.close(), store.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
