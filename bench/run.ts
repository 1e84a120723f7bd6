// `npm run bench`: measures the built app against the demo store in one run (so ratios hold on a
// noisy machine), several cold runs each, medians printed as a table and written as JSON.
// Nothing here is asserted; BENCHMARKS.md records a run and how to read it.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { median, startBenchSession } from './app-session';
import { measureGrid, type GridRun } from './measure-grid';
import { bundleSizes, listPayloads } from './measure-static';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const session = await startBenchSession(6000);
try {
  const runs: GridRun[] = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await measureGrid(session, i === 0));
  const keys = Object.keys(runs[0] ?? {}) as (keyof GridRun)[];
  const medians = Object.fromEntries(
    keys.map((key) => [
      key,
      median(runs.map((run) => run[key]).filter((value) => !Number.isNaN(value))),
    ]),
  );
  const bundle = await bundleSizes(session.distDir);
  const payload = await listPayloads(session.store);
  const results = {
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    runs: RUNS,
    grid: medians,
    bundle,
    payload: { ...payload, ratio: payload.fullKB / payload.trimmedKB },
  };
  const rows: [string, string][] = [
    ['JS+CSS before the grid shows (gzip)', `${medians.initialJsCssGzipKB?.toFixed(1)} KB`],
    ['JS+CSS in total (gzip)', `${bundle.totalGzipKB.toFixed(1)} KB`],
    ...bundle.largest.map((f): [string, string] => [
      `  chunk ${f.file}`,
      `${f.gzipKB.toFixed(1)} KB`,
    ]),
    ['navigation → 100 rows visible (cold)', `${medians.timeToGridMs?.toFixed(0)} ms`],
    ['page flip, next page prefetched', `${medians.flipPrefetchedMs?.toFixed(0)} ms`],
    ['page flip, page not prefetched', `${medians.flipColdMs?.toFixed(0)} ms`],
    [
      'search keystroke → rows updated (incl. debounce)',
      `${medians.searchKeystrokeMs?.toFixed(0)} ms`,
    ],
    [
      'cold open: store requests / KB',
      `${medians.coldOpenRequests} / ${medians.coldOpenKB?.toFixed(1)}`,
    ],
    ['page flip: store requests', `${medians.flipRequests}`],
    ['search: store requests', `${medians.searchRequests}`],
    [
      '100-row page with _fields / full objects',
      `${payload.trimmedKB.toFixed(1)} KB / ${payload.fullKB.toFixed(1)} KB (×${results.payload.ratio.toFixed(1)})`,
    ],
    ['JS heap after paging 200 pages (after GC)', `${medians.heapAfter200PagesMB?.toFixed(1)} MB`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(
    `\nCustomer Desk benchmark — medians of ${RUNS} cold runs, demo store of 6,000 customers\n`,
  );
  for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten: bench/results/latest.json');
} finally {
  await session.close();
}
