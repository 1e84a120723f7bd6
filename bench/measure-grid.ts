// One cold run of the grid: bytes before the grid shows, time to 100 rows, page flips, a search
// keystroke, the requests each made, and the JS heap after paging through 200 pages.
import type { Page } from '@playwright/test';
import { median, type BenchSession } from './app-session';
import { storeTraffic } from './store-traffic';

const ROWS = 'table[aria-label="Customers"] tbody tr';
const STEADY_FLIPS = 5;

export interface GridRun {
  initialJsCssGzipKB: number;
  /** Navigation → the frame with 100 rows of data painted (see rowsShownInPage). */
  timeToGridMs: number;
  /** Navigation → the frame that first has them in the DOM, before its style, layout and paint. */
  timeToGridDomMs: number;
  flipPrefetchedMs: number;
  flipPrefetchedDriverMs: number;
  /** Median of the prefetched flips after the first two (pages 4–8). */
  flipPrefetchedSteadyMs: number;
  flipColdMs: number;
  searchKeystrokeMs: number;
  coldOpenRequests: number;
  coldOpenKB: number;
  flipRequests: number;
  searchRequests: number;
  heapAfter200PagesMB: number;
  reloadMs: number;
  reloadDomMs: number;
  reloadRequestsBeforeRows: number;
}

/** ms from now until the first row's text changes, as the driver sees it (its own round trips in). */
async function timeUntilRowsChange(page: Page, act: () => Promise<void>): Promise<number> {
  const before = await page.locator(ROWS).first().textContent();
  const start = await page.evaluate(() => performance.now());
  await act();
  await page.waitForFunction(
    ([selector, old]) => document.querySelector(selector)?.textContent !== old,
    [ROWS, before] as const,
  );
  return (await page.evaluate(() => performance.now())) - start;
}

// Timed inside the page: from the person's input (the click's or key's own timeStamp) to the
// frame that shows the new rows. Each animation frame looks at the first row; the first frame
// that finds it changed is the one that paints the new rows, and a task queued from it runs once
// that frame is painted. No MutationObserver: recording a thousand mutations would slow the very
// commit being timed. Playwright's part of a click (scrolling into view, waiting two frames for
// the button to hold still, the round trips) is left out: a person's click has none of it.
// A string: the page runs it as is.
const PROBE_FLIP = `(() => {
  const rows = ${JSON.stringify(ROWS)};
  const probe = (window.__flip = { inputAt: 0, paintedAt: 0 });
  const before = document.querySelector(rows)?.textContent;
  const noteInput = (event) => {
    if (!probe.inputAt) probe.inputAt = event.timeStamp;
  };
  document.addEventListener('click', noteInput, { capture: true });
  document.addEventListener('keydown', noteInput, { capture: true });
  const look = () => {
    if (document.querySelector(rows)?.textContent === before) return requestAnimationFrame(look);
    document.removeEventListener('click', noteInput, { capture: true });
    document.removeEventListener('keydown', noteInput, { capture: true });
    setTimeout(() => (probe.paintedAt = performance.now()));
  };
  requestAnimationFrame(look);
})()`;

/** ms from the input `act` makes to the new rows painted, timed in the page (see PROBE_FLIP). */
async function timeInputToRowsPainted(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(PROBE_FLIP);
  await act();
  await page.waitForFunction('window.__flip.paintedAt > 0');
  return (await page.evaluate(
    '(() => window.__flip.paintedAt - window.__flip.inputAt)()',
  )) as number;
}

export async function measureGrid(session: BenchSession, heap: boolean): Promise<GridRun> {
  const page = await session.coldPage();
  const assets: string[] = [];
  page.on('response', (response) => {
    if (/\.(js|css)$/.test(new URL(response.url()).pathname)) assets.push(response.url());
  });
  const traffic = storeTraffic(page);
  const { shown } = await rowsShownInPage(page, 100);
  await page.goto(`${session.app.url}#/customers?per_page=100`);
  const toGrid = await shown;
  const initialAssets = [...new Set(assets)];
  const initialGzip = (await Promise.all(initialAssets.map((a) => session.gzippedSize(a)))).reduce(
    (a, b) => a + b,
    0,
  );
  await page.waitForLoadState('networkidle');
  await traffic.quiet(); // the prefetch of page 2 counts as part of opening
  const open = await traffic.since(0);

  let mark = traffic.mark();
  const next = page.getByRole('button', { name: 'Next page' });
  // Found before the clock starts: the flip is timed from the click, not from Playwright's search
  // of 2,000 elements for the button's role and name (30 ms on this machine).
  const nextButton = await next.elementHandle();
  if (!nextButton) throw new Error('no Next page button');
  const flipPrefetchedMs = await timeInputToRowsPainted(page, () => nextButton.click());
  await traffic.quiet();
  const flip = await traffic.since(mark);
  // The same flip (to page 3, also prefetched by now) as the driver sees it, for comparison with
  // runs before the in-page timing.
  const flipPrefetchedDriverMs = await timeUntilRowsChange(page, () => nextButton.click());
  await traffic.quiet();
  // Paging on, as staff do all day: the first flip after a load also pays for code running for
  // the first time (the JIT compiles the rows' update path then); these show the flips after it.
  const steadyFlips: number[] = [];
  for (let i = 0; i < STEADY_FLIPS; i += 1) {
    steadyFlips.push(await timeInputToRowsPainted(page, () => nextButton.click()));
    await traffic.quiet();
  }
  const flipPrefetchedSteadyMs = median(steadyFlips);
  const pageField = page.getByRole('textbox', { name: 'Page', exact: true });
  const flipColdMs = await timeInputToRowsPainted(page, async () => {
    await pageField.fill('20'); // far from the pages flipped through, so not prefetched
    await pageField.press('Enter');
  });

  await traffic.quiet();
  mark = traffic.mark();
  const search = page.getByRole('searchbox', { name: 'Search customers' });
  await search.focus();
  const searchKeystrokeMs = await timeInputToRowsPainted(page, () => page.keyboard.type('a'));
  await traffic.quiet();
  const searched = await traffic.since(mark);

  const reload = await measureReload(page, session.app.url);

  let heapAfter200PagesMB = Number.NaN;
  if (heap) {
    await page.goto(`${session.app.url}#/customers?per_page=25`);
    await page.waitForFunction(
      (selector) => document.querySelectorAll(selector).length >= 25,
      ROWS,
    );
    for (let i = 0; i < 200; i += 1) await timeUntilRowsChange(page, () => next.click());
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    heapAfter200PagesMB = usedSize / 1024 / 1024;
  }
  await page.context().close();
  return {
    initialJsCssGzipKB: initialGzip / 1024,
    timeToGridMs: toGrid.paintedMs,
    timeToGridDomMs: toGrid.domMs,
    flipPrefetchedMs,
    flipPrefetchedDriverMs,
    flipPrefetchedSteadyMs,
    flipColdMs,
    searchKeystrokeMs,
    coldOpenRequests: open.count,
    coldOpenKB: open.kb,
    flipRequests: flip.count,
    searchRequests: searched.count,
    heapAfter200PagesMB,
    reloadMs: reload.ms,
    reloadDomMs: reload.domMs,
    reloadRequestsBeforeRows: reload.requests,
  };
}

const DATA_ROWS = 'table[aria-label="Customers"] tbody tr[data-id]';
let bindings = 0;

/** When a load's rows showed, in ms from the navigation's start (the page's own clock). */
export interface RowsShown {
  /** The animation frame that first has the rows in the DOM, before its style, layout and paint. */
  domMs: number;
  /** That frame painted: a task queued from its animation frame callback runs after its paint. */
  paintedMs: number;
}

/**
 * Resolves with when `count` rows of data showed in the next load of `page`: in the DOM, and
 * painted. The frame that first holds them still has their style, layout and paint to do, about
 * 130 ms of a cold tab's main thread on this machine (fonts, first layout); a person sees the rows
 * after it, so the painted time is the figure, timed as the page flips are (PROBE_FLIP).
 * Each frame looks (a MutationObserver would record every mutation of the commit being timed,
 * and slow it) and the page calls back through a binding: the driver evaluates nothing in the
 * page while it loads. A `waitForFunction` would, and its first call injects Playwright's own
 * script, 40–90 ms of the page's main thread in the middle of the boot being timed.
 */
export async function rowsShownInPage(
  page: Page,
  count: number,
): Promise<{ shown: Promise<RowsShown> }> {
  let settle: (times: RowsShown) => void = () => {};
  const shown = new Promise<RowsShown>((resolve) => (settle = resolve));
  // A binding of its own per call (a name can be exposed once per page); the script runs on every
  // later load of the page too, so it gives up after 20 s rather than look at every frame for good.
  const binding = `__benchRowsShown${(bindings += 1)}`;
  await page.exposeFunction(binding, (domMs: number, paintedMs: number) =>
    settle({ domMs, paintedMs }),
  );
  await page.addInitScript(`(() => {
    const look = () => {
      if (performance.now() > 20000) return;
      if (document.querySelectorAll(${JSON.stringify(DATA_ROWS)}).length < ${count}) {
        return requestAnimationFrame(look);
      }
      const domMs = performance.now();
      setTimeout(() => window.${binding}(domMs, performance.now()));
    };
    requestAnimationFrame(look);
  })()`);
  // Wrapped: an async function returning the promise itself would wait for it (promises adopt
  // promises), so the caller could never start the load it waits for.
  return { shown };
}

/**
 * A reload of the grid as staff do it all day: the app's files in the HTTP cache, the connection
 * remembered. From the navigation's start to 25 rows of data painted (and in the DOM), and the
 * store requests the page started before they were in the DOM (resource timing), e.g. the list
 * page alone.
 */
async function measureReload(
  page: Page,
  appUrl: string,
): Promise<{ ms: number; domMs: number; requests: number }> {
  await page.goto(`${appUrl}#/customers`);
  await page.waitForFunction(
    (selector) => document.querySelectorAll(selector).length >= 25,
    DATA_ROWS,
  );
  await page.waitForLoadState('networkidle');
  const { shown } = await rowsShownInPage(page, 25);
  await page.reload();
  const rows = await shown;
  const requests = (await page.evaluate(`(() => performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.startsWith('/wp-json/'))
    .filter((entry) => entry.startTime < ${rows.domMs}).length)()`)) as number;
  await page.waitForLoadState('networkidle');
  return { ms: rows.paintedMs, domMs: rows.domMs, requests };
}
