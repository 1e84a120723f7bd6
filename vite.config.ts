import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The grid screen's own code and the small modules it shares with later screens, as one chunk:
// the first screen then waits for one request, not ten small chunks that each gzip on their own
// and import each other by long name lists. Its dialogs stay chunks of their own.
const GRID_MODULES =
  /src\/features\/customers\/(?!.*(filters-dialog|columns-popover|csv-export-dialog|export-c))|src\/components\/(customer-avatar|shortcut-listener)|src\/lib\/customer-text|src\/features\/advanced-search\/(components\/(customers-mode-switch|grid-search-hint)|api\/)|src\/queries\/(use-store-site|analytics)|@tanstack\/(table-core|react-table|store|react-store)|use-sync-external-store/;

/**
 * Puts the boot entry (src/app/boot.ts, built as an entry of its own) into the built index.html as
 * an async module script: it runs as soon as its small chunk is here and sends the grid's first
 * list request, while the start chunk is still downloading. main.tsx imports the same module, so
 * the browser runs it once and main.tsx takes the request it sent. The dev server has no such
 * chunk: there main.tsx's import runs it.
 */
function bootScript(): Plugin {
  return {
    name: 'customer-desk:boot-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const boot = Object.values(bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.isEntry && file.name === 'boot',
        );
        if (!boot) throw new Error('the build has no boot chunk');
        const tag = `<script type="module" async crossorigin src="./${boot.fileName}"></script>`;
        return html.replace('</title>', `</title>\n    ${tag}`);
      },
    },
  };
}

// `base: './'` keeps every asset URL relative, so `dist/` works from any sub-path
// of a static host without rewrite rules.
export default defineConfig({
  base: './',
  plugins: [react(), bootScript()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: { index: 'index.html', boot: 'src/app/boot.ts' },
      output: {
        // The entry chunk (main.tsx, with the start group merged into it) keeps the start's name.
        entryFileNames: (chunk) =>
          `assets/${chunk.name === 'index' ? 'start' : '[name]'}-[hash].js`,
        // No strict execution order (Rolldown's wrapper per module, to run every module in source
        // order whatever chunk it lands in): it cost 10 KB gzip in all, 4 KB of them before the
        // grid, and the order it kept is now the chunks' own. zod must be jitless before any
        // schema is built (a `new Function` probe is a CSP violation): zod and every schema the
        // boot needs are in the boot's chunk, after `config/zod-without-eval` (boot.ts's first
        // import but the zod-free store preconnect), and every other chunk that builds schemas
        // imports that chunk, so runs after it. main.tsx is evaluated inside the start chunk, so
        // it awaits nothing at its top level (see renderApp there).
        // Everything the entry imports statically is loaded at start anyway: one chunk for it, not
        // dozens of small shared ones (each a <link rel="modulepreload"> in index.html and a request).
        // Then the grid screen's chunk (GRID_MODULES). Then the MUI the start does not use (inputs,
        // dialogs, menus, ButtonBase) as one chunk, fetched by the first screen or dialog that needs
        // it: split per component it was ~50 chunks that each gzip alone and import each other by
        // long name lists, 31 KB gzip more in all. Screens and dialogs stay chunks of their own.
        codeSplitting: {
          groups: [
            { name: 'boot', test: /src\/app\/boot\.ts$/, priority: 3 },
            { name: 'start', tags: ['$initial'], priority: 2 },
            { name: 'customers-page', test: GRID_MODULES, priority: 1 },
            {
              name: 'mui',
              test: /node_modules\/(@mui|react-transition-group|@popperjs)\//,
              priority: 0,
            },
          ],
        },
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
