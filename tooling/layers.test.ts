import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layerZones } from '../eslint.layers.js';

// The layer rules of eslint.config.js, run on a small tree made for the test: each kind of import
// the architecture forbids must fail lint, and the allowed ones must pass.

let root: string;

function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

async function lint(path: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { 'import-x': importX },
        settings: {
          'import-x/extensions': ['.ts'],
          'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
          'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts'] })],
        },
        rules: {
          'import-x/no-restricted-paths': ['error', { zones: layerZones(root) }],
          'import-x/no-cycle': ['error', { ignoreExternal: true }],
        },
      },
    ],
  });
  const [result] = await eslint.lintFiles([join(root, path)]);
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'layers-'));
  write({
    'src/app/paths.ts': 'export const home = "/";\n',
    'src/lib/format.ts': 'export const format = (s: string) => s;\n',
    'src/features/grid/public.ts': 'export { Grid } from "./grid";\n',
    'src/features/grid/grid.ts':
      'import { format } from "../../lib/format";\nexport const Grid = format("grid");\n',
    'src/features/batch/public.ts': 'export { Batch } from "./batch";\n',
    'src/features/batch/batch.ts': 'export const Batch = "batch";\n',
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('layer rules', () => {
  it('let a feature use shared code and another feature’s public entry', async () => {
    write({
      'src/features/grid/ok.ts':
        'import { Batch } from "../batch/public";\nexport const ok = Batch;\n',
    });
    expect(await lint('src/features/grid/ok.ts')).toEqual([]);
  });

  it('refuse an import from src/app below it', async () => {
    write({
      'src/features/grid/up.ts':
        'import { home } from "../../app/paths";\nexport const up = home;\n',
    });
    expect(await lint('src/features/grid/up.ts')).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*Nothing below src\/app/),
    ]);
  });

  it('refuse another feature’s internals', async () => {
    write({
      'src/features/grid/reach.ts':
        'import { Batch } from "../batch/batch";\nexport const r = Batch;\n',
    });
    expect(await lint('src/features/grid/reach.ts')).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*public\.ts or screens\.ts only/),
    ]);
  });

  it('refuse a feature in shared code', async () => {
    write({
      'src/lib/bad.ts': 'import { Grid } from "../features/grid/public";\nexport const b = Grid;\n',
    });
    expect(await lint('src/lib/bad.ts')).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*Shared code does not know/),
    ]);
  });

  it('refuse a circle between features, even through public entries', async () => {
    write({
      'src/features/batch/uses-grid.ts':
        'import { Grid } from "../grid/public";\nexport const g = Grid;\n',
      'src/features/batch/public.ts':
        'export { Batch } from "./batch";\nexport { g } from "./uses-grid";\n',
      'src/features/grid/grid.ts':
        'import { Batch } from "../batch/public";\nexport const Grid = Batch;\n',
    });
    expect(await lint('src/features/grid/grid.ts')).toEqual([
      expect.stringMatching(/^import-x\/no-cycle: /),
    ]);
  });
});
