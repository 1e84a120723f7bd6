import { useRef, useState } from 'react';
import { useApiClient } from '../../../session/api-client-context';
import { autoMap, type ColumnMapping } from './column-mapping';
import { buildImport } from './build-import';
import { loadCustomerIndex } from './customer-index';
import { parseCsvFile, type ParsedCsv } from './parse-csv-file';
import type { ImportMode, RowResult } from './rows-to-operations';

export type ImportStep =
  | { step: 'choose'; error?: unknown; empty?: boolean }
  | { step: 'reading'; fraction: number }
  | { step: 'mapping'; file: string; csv: ParsedCsv }
  | { step: 'checking'; file: string; csv: ParsedCsv; pages?: { done: number; total: number } }
  | { step: 'checked'; file: string; csv: ParsedCsv; results: RowResult[] };

/** File → columns → checked rows, each long step in slices so the page stays responsive. */
export function useCsvImport() {
  const client = useApiClient();
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [mode, setMode] = useState<ImportMode>('create');
  const abort = useRef<AbortController | null>(null);

  const read = async (file: File) => {
    setState({ step: 'reading', fraction: 0 });
    try {
      const csv = await parseCsvFile(file, (fraction) => setState({ step: 'reading', fraction }));
      if (csv.rows.length === 0) {
        setState({ step: 'choose', empty: true });
        return;
      }
      setMapping(autoMap(csv.headers));
      setState({ step: 'mapping', file: file.name, csv });
    } catch (error) {
      setState({ step: 'choose', error });
    }
  };

  const check = async () => {
    if (state.step !== 'mapping' && state.step !== 'checked') return;
    const { file, csv } = state;
    const controller = new AbortController();
    abort.current = controller;
    setState({ step: 'checking', file, csv });
    try {
      const index =
        mode === 'match'
          ? await loadCustomerIndex(
              client,
              (done, total) => setState({ step: 'checking', file, csv, pages: { done, total } }),
              controller.signal,
            )
          : undefined;
      const results = await buildImport(csv.rows, mapping, mode, index, controller.signal);
      setState({ step: 'checked', file, csv, results });
    } catch (error) {
      if (!controller.signal.aborted) setState({ step: 'choose', error });
    }
  };

  const backToMapping = () => {
    if (state.step === 'checked') setState({ step: 'mapping', file: state.file, csv: state.csv });
  };

  return {
    state,
    mapping,
    setMapping: (next: ColumnMapping) => {
      setMapping(next);
      backToMapping();
    },
    mode,
    setMode: (next: ImportMode) => {
      setMode(next);
      backToMapping();
    },
    read,
    check,
    stop: () => abort.current?.abort(),
  };
}
