import { distDir } from '../support/dist-dir';
import { startStaticServer } from '../support/static-server';

// The built app with a config.json that shortens the request timeout to 3 s, so the "30 s stall"
// fault shows the timeout path without each test waiting 30 s per attempt.
export default async function globalSetup() {
  const app = await startStaticServer(distDir(), '/', {
    files: { 'config.json': JSON.stringify({ requestTimeoutSeconds: 3 }) },
  });
  process.env.E2E_FAULTS_APP_URL = app.url;
  process.env.E2E_APP_URL = app.url;
  return () => app.close();
}
