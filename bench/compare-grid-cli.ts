// npx tsx bench/compare-grid-cli.ts: our grid next to MUI X DataGrid, medians of 5 cold loads.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/support/chromium';
import { compareGrid } from './compare-grid';

const browser = await chromium.launch({
  executablePath: chromiumExecutablePath(),
  args: CHROMIUM_ARGS,
});
try {
  const result = await compareGrid(browser, 5, {
    screenshotDir: process.env.COMPARE_GRID_SHOTS,
  });
  const { ours, dataGrid, ratios } = result;
  const rows = [
    ['', 'render ms', 'nav→rows ms', 'nav→painted ms', 'rows in DOM', 'JS+CSS gzip KB'],
    [
      'Ours (CustomersTable)',
      ours.renderMs,
      ours.toVisibleMs,
      ours.toPaintedMs,
      ours.rowsInDom,
      ours.gzipKB,
    ],
    [
      'DataGrid, virtualised (1st row)',
      dataGrid.virtualised.renderMs,
      dataGrid.virtualised.toVisibleMs,
      dataGrid.virtualised.toPaintedMs,
      dataGrid.virtualised.rowsInDom,
      dataGrid.gzipKB,
    ],
    [
      'DataGrid, all rows',
      dataGrid.allRows.renderMs,
      dataGrid.allRows.toVisibleMs,
      dataGrid.allRows.toPaintedMs,
      dataGrid.allRows.rowsInDom,
      dataGrid.gzipKB,
    ],
  ].map((row) => row.map(String));
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  console.log(`${result.rows} rows, median of ${result.runs} cold loads\n`);
  for (const row of rows) {
    console.log(
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    );
  }
  console.log(
    `\nDataGrid ÷ ours: gzip ${ratios.gzip}×, render (all rows) ${ratios.renderAllRows}×, ` +
      `nav→rows (all rows) ${ratios.toVisibleAllRows}×, render (virtualised) ${ratios.renderVirtualised}×, ` +
      `nav→rows (virtualised) ${ratios.toVisibleVirtualised}×`,
  );
} finally {
  await browser.close();
}
