// 10,000 CSV rows imported into the demo store through the app, as a person would: choose the
// file, check the rows, queue them, review and send. Prints the time of each step, the requests,
// the peak JS heap (sampled) and the longest main-thread task, which says whether the page froze.
import type { BenchSession } from './app-session';
import { importCsv, newCustomersCsv, reviewAndSend } from './measure-writes';
import { storeTraffic, type Traffic } from './store-traffic';

export interface CsvImportRun {
  rows: number;
  importMs: number;
  sendMs: number;
  peakHeapMB: number;
  longestTaskMs: number;
  traffic: Traffic;
}

export async function measureCsvImport(session: BenchSession, rows: number): Promise<CsvImportRun> {
  const page = await session.coldPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longestTask: number };
    w.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.longestTask = Math.max(w.longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const traffic = storeTraffic(page);
  const cdp = await page.context().newCDPSession(page);
  let peakHeap = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      peakHeap = Math.max(peakHeap, usedSize);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();

  await page.goto(`${session.app.url}#/batch`);
  await page.getByRole('heading', { name: 'Batch editor' }).waitFor();
  await page.waitForLoadState('networkidle');
  const csv = newCustomersCsv(rows, `bench-csv-${Date.now()}`);
  const now = () => page.evaluate(() => performance.now());
  // Long tasks while the app starts are not the import's: count from here.
  await page.evaluate(() => ((window as unknown as { longestTask: number }).longestTask = 0));
  const mark = traffic.mark();
  const t0 = await now();
  await importCsv(page, csv, rows);
  const t1 = await now();
  await reviewAndSend(page, rows);
  const t2 = await now();
  await page.waitForLoadState('networkidle');
  sampling = false;
  await sampler;
  const longestTaskMs = await page.evaluate(
    () => (window as unknown as { longestTask: number }).longestTask,
  );
  const result = {
    rows,
    importMs: t1 - t0,
    sendMs: t2 - t1,
    peakHeapMB: peakHeap / 1024 / 1024,
    longestTaskMs,
    traffic: await traffic.since(mark),
  };
  await page.context().close();
  return result;
}
