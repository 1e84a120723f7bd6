import { distDir } from './support/dist-dir';
import { startStaticServer } from './support/static-server';

// The built app is served once for all workers; its URL reaches them through the environment.
export default async function globalSetup() {
  const app = await startStaticServer(distDir());
  process.env.E2E_APP_URL = app.url;
  return () => app.close();
}
