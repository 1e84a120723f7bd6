import { useTranslation } from '../../../i18n/use-translation';
import LinearProgress from '@mui/material/LinearProgress';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';

/** What "Add to batch" offers for the selection: updates (through a bulk edit) or deletes. */
export function AddToBatchMenu(props: {
  anchor: HTMLElement;
  onClose(): void;
  onUpdates(): void;
  onDeletes(): void;
}) {
  const { t } = useTranslation();
  return (
    <Menu anchorEl={props.anchor} open onClose={props.onClose}>
      <MenuItem onClick={props.onUpdates}>{t('batch.bulk.addUpdates')}</MenuItem>
      <MenuItem onClick={props.onDeletes}>{t('batch.bulk.addDeletes')}</MenuItem>
    </Menu>
  );
}

/** How far the collection of a filter's matching customers has come. */
export function CollectingProgress({ value, label }: { value: number; label: string }) {
  return <LinearProgress variant="determinate" value={value} aria-label={label} />;
}
