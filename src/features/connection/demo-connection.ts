import type { ConnectFormValues } from '../../session/connection-settings';

// `npm start` passes the demo store's address and keys to the dev server so the app opens
// already connected. Production builds have no such variables, so this returns null there.
export function demoConnectionValues(): ConnectFormValues | null {
  const storeUrl = import.meta.env.VITE_DEMO_STORE_URL;
  const consumerKey = import.meta.env.VITE_DEMO_CONSUMER_KEY;
  const consumerSecret = import.meta.env.VITE_DEMO_CONSUMER_SECRET;
  if (!storeUrl || !consumerKey || !consumerSecret) return null;
  return {
    storeUrl,
    consumerKey,
    consumerSecret,
    version: 'auto',
    authMode: 'auto',
    remember: false,
  };
}
