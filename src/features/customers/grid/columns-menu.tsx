import { Suspense, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Icon } from '../../../components/icon';
import type { ReactTable, TableState } from '@tanstack/react-table';
import { intentProps, lazyWithPreload } from '../../../components/lazy-with-preload';
import { LightButton } from '../../../components/light-button';
import type { GridFeatures, GridRow } from './grid-table-features';
import { withMui } from '../../../theme/with-mui';

// The popover (MUI Popover, List, Checkbox: its modal and transitions) loads when first pointed
// at or opened; the grid's first paint needs only the button.
const ColumnsPopover = lazyWithPreload(
  withMui(() => import('./columns-popover').then((m) => m.ColumnsPopover)),
);

interface ColumnsMenuProps {
  table: ReactTable<GridFeatures, GridRow, TableState<GridFeatures>>;
  onReset(): void;
}

/** Show/hide with checkboxes and reorder with buttons: every step works from the keyboard. */
export function ColumnsMenu({ table, onReset }: ColumnsMenuProps) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Mounted from the first opening on, so closing plays the popover's exit transition.
  const [opened, setOpened] = useState(false);

  return (
    <>
      <LightButton
        startIcon={<Icon name="viewColumn" />}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        onClick={(event) => {
          setAnchor(event.currentTarget);
          setOpened(true);
        }}
        {...intentProps(ColumnsPopover.preload)}
      >
        {t('customers.layout.columns')}
      </LightButton>
      {opened && (
        <Suspense fallback={null}>
          <ColumnsPopover
            table={table}
            anchor={anchor}
            onClose={() => setAnchor(null)}
            onReset={onReset}
          />
        </Suspense>
      )}
    </>
  );
}
