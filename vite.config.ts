import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// `base: './'` keeps every asset URL relative, so `dist/` works from any sub-path
// of a static host without rewrite rules.
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Modules run in source order whatever chunk they land in. Without it Rolldown may run a shared
    // chunk (zod and schemas built at module load) before main.tsx's first import switches zod to
    // jitless mode; those schemas then probe `new Function`, a CSP violation (e2e/embed.spec.ts
    // caught it on main). Costs about 2 kB gzipped in the entry chunk.
    rolldownOptions: {
      output: {
        strictExecutionOrder: true,
        // Everything the entry imports statically is loaded at start anyway: one chunk for it, not
        // dozens of small shared ones (each a <link rel="modulepreload"> in index.html and a request).
        // Screens and dialogs stay chunks of their own.
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        test: { name: 'tooling', environment: 'node', include: ['tooling/**/*.test.ts'] },
      },
      {
        test: {
          name: 'demo-store',
          environment: 'node',
          include: ['demo-store/**/*.test.ts'],
        },
      },
    ],
  },
});
