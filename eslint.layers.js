// Zones for import-x/no-restricted-paths: which folder may import which (docs/architecture.md).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Shared code: below every feature, above nothing but libraries and each other. */
export const SHARED = [
  'api',
  'lib',
  'components',
  'config',
  'routes',
  'session',
  'queries',
  'embed',
  'selection',
  'i18n',
  'theme',
];

export function layerZones(root, src = join(root, 'src')) {
  const features = readdirSync(join(src, 'features'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return [
    {
      target: join(src, `{features,${SHARED.join(',')}}/**`),
      from: join(src, 'app'),
      message:
        'Nothing below src/app imports it: pass what you need down, or move it to shared code.',
    },
    {
      target: join(src, `{${SHARED.join(',')}}/**`),
      from: join(src, 'features'),
      message: 'Shared code does not know the features: move what both need into shared code.',
    },
    ...features.map((feature) => ({
      target: join(src, 'features', feature, '**'),
      from: join(src, 'features', '**'),
      except: [
        join(src, 'features', feature, '**'),
        join(src, 'features', '*', 'public.ts'),
        join(src, 'features', '*', 'screens.ts'),
      ],
      message:
        'Another feature is reached through its public.ts or screens.ts only (or composed in src/app).',
    })),
  ];
}
