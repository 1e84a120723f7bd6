import { z } from 'zod';

// Zod 4 compiles object parsers with `new Function` when it may, and probes for that ability
// with a caught `new Function('')`. Under our Content-Security-Policy (no 'unsafe-eval') even the
// caught probe is reported as a violation, so the app runs zod without its JIT. main.tsx imports
// this module first, before any schema is built: schemas read the flag when they are created.
z.config({ jitless: true });
