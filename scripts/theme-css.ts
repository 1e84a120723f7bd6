// Writes src/theme/theme-variables.css: the app's MUI theme (src/theme/app-theme.ts) as the CSS
// variables its components and our static stylesheets read. Run after changing the theme:
//   npx tsx scripts/theme-css.ts
// A unit test (src/theme/theme-variables.test.tsx) fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { themeStylesheet } from '../src/theme/theme-stylesheet';

const target = fileURLToPath(new URL('../src/theme/theme-variables.css', import.meta.url));
writeFileSync(target, themeStylesheet());
console.log(`wrote ${target}`);
