import { resolve } from 'node:path';
import { startStaticServer } from './support/static-server';

// The built app is served once for all workers; its URL reaches them through the environment.
export default async function globalSetup() {
  const app = await startStaticServer(resolve('dist'));
  process.env.E2E_APP_URL = app.url;
  return () => app.close();
}
