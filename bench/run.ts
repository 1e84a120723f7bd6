// `npm run bench`: measures the built app against the demo store in one run (so ratios hold on a
// noisy machine), several cold runs each, medians printed as a table and written as JSON.
// Nothing here is asserted; BENCHMARKS.md records a run and how to read it.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { median, startBenchSession } from './app-session';
import { compareAdapters, type AdapterComparison } from './compare-adapter';
import { compareGrid, type GridComparison } from './compare-grid';
import { lighthouseScores, type LighthouseResult } from './lighthouse';
import { startFloorPages } from './measure-floor';
import { measureGrid, type GridRun, type RowsShown } from './measure-grid';
import { measureRender } from './measure-render';
import { measureCsvImport } from './measure-csv-import';
import { bundleSizes, customerIds, listPayloads } from './measure-static';
import { measureWrites, type WritesRun } from './measure-writes';
import type { Traffic } from './store-traffic';

/** "3: 2× GET /customers/<id>, PUT /customers/<id>" from a list of "METHOD /path". */
function summarise(requests: string[]): string {
  const counts = new Map<string, number>();
  for (const request of requests) {
    const name = request.replace('/wp-json/wc/v3', '').replace(/\/\d+(?=\/|$)/g, '/<id>');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, n]) => (n > 1 ? `${n}× ${name}` : name)).join(', ');
}

const ratio = (value: number) => `×${value.toFixed(1)}`;

function adapterRows(a: AdapterComparison): [string, string][] {
  const pair = (ours: number, theirs: number, unit: string, digits: number) =>
    `${ours.toFixed(digits)} ${unit} / ${theirs.toFixed(digits)} ${unit}`;
  return [
    [
      'adapter bundle, gzip: ours / official client',
      `${pair(a.ours.gzipKB, a.official.gzipKB, 'KB', 1)} (${ratio(a.ratios.gzip)})`,
    ],
    [
      `sign ${a.requests} OAuth requests: ours / official`,
      `${pair(a.ours.signMs, a.official.signMs, 'ms', 0)} (${ratio(a.ratios.sign)})`,
    ],
    [
      `${a.requests} whole list calls, stubbed network: ours / official`,
      `${pair(a.ours.requestMs, a.official.requestMs, 'ms', 0)} (${ratio(a.ratios.request)})`,
    ],
  ];
}

function gridRows(g: GridComparison): [string, string][] {
  const timing = (t: { renderMs: number; toVisibleMs: number; toPaintedMs: number }) =>
    `render ${t.renderMs.toFixed(0)} ms, rows shown ${t.toVisibleMs.toFixed(0)} ms, painted ${t.toPaintedMs.toFixed(0)} ms`;
  return [
    [`${g.rows} rows, our grid`, `${timing(g.ours)}, ${g.ours.gzipKB.toFixed(1)} KB gzip`],
    [
      `${g.rows} rows, DataGrid, all rows in the DOM`,
      `${timing(g.dataGrid.allRows)}, ${g.dataGrid.gzipKB.toFixed(1)} KB gzip`,
    ],
    [
      `${g.rows} rows, DataGrid, virtualised (${g.dataGrid.virtualised.rowsInDom} rows in the DOM)`,
      timing(g.dataGrid.virtualised),
    ],
    [
      '  DataGrid ÷ ours: gzip / render, all rows / render, virtualised',
      [g.ratios.gzip, g.ratios.renderAllRows, g.ratios.renderVirtualised].map(ratio).join(' / '),
    ],
  ];
}

function lighthouseRows(l: LighthouseResult): [string, string][] {
  return (['mobile', 'desktop'] as const).flatMap((preset): [string, string][] => {
    const { scores, metrics, failing } = l[preset];
    return [
      [
        `Lighthouse ${preset}: performance / accessibility / best practices`,
        `${scores.performance} / ${scores.accessibility} / ${scores['best-practices']}`,
      ],
      [
        '  FCP / LCP / TBT / CLS / Speed Index',
        `${metrics.fcpMs.toFixed(0)} ms / ${metrics.lcpMs.toFixed(0)} ms / ${metrics.tbtMs.toFixed(0)} ms / ${metrics.cls.toFixed(3)} / ${metrics.speedIndexMs.toFixed(0)} ms`,
      ],
      ['  audits below 0.9', failing.map((audit) => audit.id).join(', ') || 'none'],
    ];
  });
}

const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const session = await startBenchSession(6000);
try {
  const runs: GridRun[] = [];
  // Each cold open of the app is followed by one of each floor page, so all three see the same
  // hour of this noisy machine.
  const floor = await startFloorPages(session);
  const floorOpens: RowsShown[] = [];
  const reactFloorOpens: RowsShown[] = [];
  try {
    for (let i = 0; i < RUNS; i += 1) {
      runs.push(await measureGrid(session, i === 0));
      floorOpens.push(await floor.open('dom'));
      reactFloorOpens.push(await floor.open('react'));
    }
  } finally {
    await floor.close();
  }
  const medianOpen = (opens: RowsShown[]) => ({
    paintedMs: median(opens.map((open) => open.paintedMs)),
    domMs: median(opens.map((open) => open.domMs)),
  });
  const floorMedians = medianOpen(floorOpens);
  const reactFloorMedians = medianOpen(reactFloorOpens);
  const keys = Object.keys(runs[0] ?? {}) as (keyof GridRun)[];
  const medians = Object.fromEntries(
    keys.map((key) => [
      key,
      median(runs.map((run) => run[key]).filter((value) => !Number.isNaN(value))),
    ]),
  );
  const ids = await customerIds(session.store, RUNS * 2);
  const writeRuns: WritesRun[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const [editId, deleteId] = [ids[2 * i], ids[2 * i + 1]];
    if (editId === undefined || deleteId === undefined) throw new Error('too few customers');
    writeRuns.push(await measureWrites(session, i, { editId, deleteId }));
  }
  const writes = {
    saveMs: median(writeRuns.map((run) => run.saveMs)),
    batch250Ms: median(writeRuns.map((run) => run.batch250Ms)),
    // Request lists are the same in every run unless something retried: show the most requests.
    save: writeRuns.map((run) => run.save).sort((a, b) => b.count - a.count)[0],
    delete: writeRuns.map((run) => run.delete).sort((a, b) => b.count - a.count)[0],
    batch250: writeRuns.map((run) => run.batch250).sort((a, b) => b.count - a.count)[0],
  };
  const csv = await measureCsvImport(session, 10_000);
  const render = await measureRender(session, RUNS);
  const adapters = await compareAdapters(session.browser, RUNS);
  const grids = await compareGrid(session.browser, RUNS);
  const lighthouse = await lighthouseScores(session, LIGHTHOUSE_RUNS);
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
    coldOpenFloor: { dom: floorMedians, react: reactFloorMedians },
    bundle,
    payload: { ...payload, share: payload.trimmedKB / payload.fullKB },
    writes,
    render,
    adapters,
    grids,
    lighthouse,
    csvImport: { ...csv, traffic: { count: csv.traffic.count, kb: csv.traffic.kb } },
  };
  const requests = (traffic?: Traffic) =>
    traffic
      ? `${traffic.count}, ${traffic.kb.toFixed(1)} KB: ${summarise(traffic.requests)}`
      : 'n/a';
  const rows: [string, string][] = [
    ['JS+CSS before the grid shows (gzip)', `${medians.initialJsCssGzipKB?.toFixed(1)} KB`],
    ['JS+CSS in total (gzip)', `${bundle.totalGzipKB.toFixed(1)} KB`],
    ...bundle.largest.map((f): [string, string] => [
      `  chunk ${f.file}`,
      `${f.gzipKB.toFixed(1)} KB`,
    ]),
    ['navigation → 100 rows painted (cold)', `${medians.timeToGridMs?.toFixed(0)} ms`],
    [
      '  the same, rows in the DOM (before that frame is painted)',
      `${medians.timeToGridDomMs?.toFixed(0)} ms`,
    ],
    [
      '  floor: the same rows without React (bench/floor), painted / in the DOM',
      `${floorMedians.paintedMs.toFixed(0)} / ${floorMedians.domMs.toFixed(0)} ms`,
    ],
    [
      '  floor drawn by React alone (bench/floor), painted / in the DOM',
      `${reactFloorMedians.paintedMs.toFixed(0)} / ${reactFloorMedians.domMs.toFixed(0)} ms`,
    ],
    [
      '  the app ÷ the floor (painted)',
      `${((medians.timeToGridMs ?? Number.NaN) / floorMedians.paintedMs).toFixed(2)}`,
    ],
    ['reload → 25 rows painted (files cached)', `${medians.reloadMs?.toFixed(0)} ms`],
    ['  the same, rows in the DOM', `${medians.reloadDomMs?.toFixed(0)} ms`],
    ['reload: store requests before the rows', `${medians.reloadRequestsBeforeRows}`],
    [
      'page flip, next page prefetched (click → rows painted, timed in the page)',
      `${medians.flipPrefetchedMs?.toFixed(0)} ms`,
    ],
    [
      'the same flip as Playwright sees it (its click checks and round trips in)',
      `${medians.flipPrefetchedDriverMs?.toFixed(0)} ms`,
    ],
    [
      'prefetched flips after those two (pages 4–8, median; click → rows painted)',
      `${medians.flipPrefetchedSteadyMs?.toFixed(0)} ms`,
    ],
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
      '100-row page: grid _fields / with Gravatar / full objects',
      `${payload.trimmedKB.toFixed(1)} KB (${(100 * results.payload.share).toFixed(0)} %) / ${payload.gravatarKB.toFixed(1)} KB / ${payload.fullKB.toFixed(1)} KB`,
    ],
    [
      'render 100 rows × all columns (trace of a prefetched flip): scripting',
      `${render.scriptingMs.toFixed(0)} ms`,
    ],
    [
      '  style / layout / paint / all main-thread tasks',
      [render.styleMs, render.layoutMs, render.paintMs, render.tasksMs]
        .map((ms) => `${ms.toFixed(0)} ms`)
        .join(' / '),
    ],
    ['JS heap after paging 200 pages (after GC)', `${medians.heapAfter200PagesMB?.toFixed(1)} MB`],
    ['save an edit: click → detail shows it', `${writes.saveMs.toFixed(0)} ms`],
    ['save an edit: store requests', requests(writes.save)],
    ['delete (after the undo window): store requests', requests(writes.delete)],
    ['batch of 250 creates: send → all succeeded', `${writes.batch250Ms.toFixed(0)} ms`],
    ['batch of 250 creates: store requests', requests(writes.batch250)],
    ['CSV 10,000 rows: choose file → queued', `${csv.importMs.toFixed(0)} ms`],
    ['CSV 10,000 rows: send → all succeeded', `${csv.sendMs.toFixed(0)} ms`],
    ['CSV 10,000 rows: store requests', requests(csv.traffic)],
    ['CSV 10,000 rows: peak JS heap (sampled)', `${csv.peakHeapMB.toFixed(0)} MB`],
    ['CSV 10,000 rows: longest main-thread task', `${csv.longestTaskMs.toFixed(0)} ms`],
    ...adapterRows(adapters),
    ...gridRows(grids),
    ...lighthouseRows(lighthouse),
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
// The same grid and write measurements against a real WooCommerce (bench/real-store.ts).
if (process.argv.includes('--real-store') || process.env.BENCH_REAL_STORE) {
  const { benchRealStore } = await import('./real-store');
  await benchRealStore(Math.min(RUNS, 3));
}
