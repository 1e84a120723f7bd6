import { Suspense, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Icon } from '../../../components/icon';
import { intentProps, lazyWithPreload } from '../../../components/lazy-with-preload';
import type { CsvExportDialogProps } from './csv-export-dialog';
import { LightButton } from '../../../components/light-button';
import { withMui } from '../../../theme/with-mui';

// The export's code (paging through the store, CSV writing) loads when the dialog is first wanted.
const CsvExportDialog = lazyWithPreload(
  withMui(() => import('./csv-export-dialog').then((m) => m.CsvExportDialog)),
);

/** Export of the grid's current filter (every page, from the store) to a CSV file. */
export function CsvExportButton(props: Omit<CsvExportDialogProps, 'onClose'>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <LightButton
        startIcon={<Icon name="download" />}
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        {...intentProps(CsvExportDialog.preload)}
      >
        {t('batch.csvExport.button')}
      </LightButton>
      {open && (
        <Suspense fallback={null}>
          <CsvExportDialog {...props} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
