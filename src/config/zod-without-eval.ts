import * as z from 'zod/mini';

// Zod 4 compiles object parsers with `new Function` when it may, and probes for that ability
// with a caught `new Function('')`. Under our Content-Security-Policy (no 'unsafe-eval') even the
// caught probe is reported as a violation, so the app runs zod without its JIT. main.tsx imports
// this module first, before any schema is built: schemas read the flag when they are created.
// (zod/mini's objects do not compile today; the flag keeps it so if a later version does.)
//
// zod/mini loads no messages of its own ("Invalid input" for everything). Classic zod's English
// ones reach people: a store's malformed answer names each field and what was wrong with it, and
// so do config.json's problems and a queued batch item's; about 1 KB gzipped.
z.config({ jitless: true, ...z.locales.en() });
