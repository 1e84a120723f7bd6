/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_DEMO_STORE_URL?: string;
  readonly VITE_DEMO_CONSUMER_KEY?: string;
  readonly VITE_DEMO_CONSUMER_SECRET?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
