import Papa from 'papaparse';

// Papa Parse reads the file in slices (FileReader, one slice per task), so a 10,000-row file
// never blocks the page for long and the progress bar moves. Records stay arrays of strings:
// headers are mapped by the user, not trusted blindly.

const SLICE_BYTES = 256 * 1024;

export interface ParsedCsv {
  headers: string[];
  rows: string[][];
  /** Problems Papa Parse reported (an unclosed quote, a wrong field count), by line. */
  problems: { line: number; message: string }[];
}

export function parseCsvFile(
  file: Blob,
  onProgress?: (fraction: number) => void,
): Promise<ParsedCsv> {
  return new Promise((resolve, reject) => {
    const records: string[][] = [];
    const problems: ParsedCsv['problems'] = [];
    Papa.parse<string[]>(file as File, {
      skipEmptyLines: 'greedy',
      chunkSize: SLICE_BYTES,
      chunk: (results) => {
        for (const error of results.errors) {
          problems.push({ line: records.length + (error.row ?? 0) + 1, message: error.message });
        }
        for (const record of results.data) records.push(record);
        onProgress?.(file.size > 0 ? Math.min(1, results.meta.cursor / file.size) : 1);
      },
      complete: () => {
        const [headers = [], ...rows] = records;
        resolve({ headers, rows, problems });
      },
      error: (error) => reject(error),
    });
  });
}

/** The same parse for text already in memory (scripts, tests): one pass, no slices. */
export function parseCsvText(text: string): ParsedCsv {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [headers = [], ...rows] = result.data;
  const problems = result.errors.map((e) => ({ line: (e.row ?? 0) + 1, message: e.message }));
  return { headers, rows, problems };
}
