import { mapRow, type ColumnMapping } from './column-mapping';
import {
  rowToOperation,
  type CustomerIndex,
  type ImportMode,
  type RowResult,
} from './rows-to-operations';

const ROWS_PER_SLICE = 500;

/** Lets the browser paint and handle input between slices of work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Every row through mapping and validation, in slices so 10,000 rows do not freeze the page. */
export async function buildImport(
  rows: readonly string[][],
  mapping: ColumnMapping,
  mode: ImportMode,
  index: CustomerIndex | undefined,
  signal?: AbortSignal,
): Promise<RowResult[]> {
  const results: RowResult[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_SLICE) {
    if (signal?.aborted) throw signal.reason;
    const end = Math.min(rows.length, start + ROWS_PER_SLICE);
    for (let i = start; i < end; i += 1) {
      // Line numbers as a spreadsheet shows them: the header is line 1.
      results.push(rowToOperation(mapRow(rows[i] ?? [], mapping), i + 2, mode, index));
    }
    await nextTask();
  }
  return results;
}
