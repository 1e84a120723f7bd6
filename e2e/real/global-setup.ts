import { assertReachable, realStoreTarget } from '../../differential/store-target';
import { distDir } from '../support/dist-dir';
import { startStaticServer } from '../support/static-server';

// The real store must already run (../shared/real-store/setup.sh); without it the run fails here
// with what to do, instead of every test timing out.
export default async function globalSetup() {
  await assertReachable(realStoreTarget());
  const app = await startStaticServer(distDir());
  process.env.E2E_APP_URL = app.url;
  return () => app.close();
}
