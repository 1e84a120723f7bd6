// The cost of rendering 100 rows × all columns, from a Chrome performance trace of page flips whose
// data is already prefetched: no network, only the app's work to show the new page.
import type { BenchSession } from './app-session';
import { median } from './app-session';
import { summariseTrace, type TraceSummary } from './trace-summary';

const ROWS = 'table[aria-label="Customers"] tbody tr';
const CATEGORIES = ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'];

export async function measureRender(session: BenchSession, flips: number): Promise<TraceSummary> {
  const page = await session.coldPage();
  try {
    await page.goto(`${session.app.url}#/customers?per_page=100`);
    await page.waitForFunction((s) => document.querySelectorAll(s).length >= 100, ROWS);
    const next = page.getByRole('button', { name: 'Next page' });
    const summaries: TraceSummary[] = [];
    for (let i = 0; i < flips; i += 1) {
      await page.waitForLoadState('networkidle'); // the next page is prefetched
      const before = await page.locator(ROWS).first().textContent();
      await page.context().browser()?.startTracing(page, { categories: CATEGORIES });
      await next.click();
      await page.waitForFunction(([s, old]) => document.querySelector(s)?.textContent !== old, [
        ROWS,
        before,
      ] as const);
      // Two frames, so the new rows' style, layout and paint are in the trace too.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const trace = await page.context().browser()?.stopTracing();
      if (trace) summaries.push(summariseTrace(trace.toString('utf8')));
    }
    const keys = Object.keys(summaries[0] ?? {}) as (keyof TraceSummary)[];
    return Object.fromEntries(
      keys.map((key) => [key, median(summaries.map((s) => s[key]))]),
    ) as unknown as TraceSummary;
  } finally {
    await page.context().close();
  }
}
