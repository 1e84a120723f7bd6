import { useTranslation } from '../../../i18n/use-translation';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import type { ReactTable, TableState } from '@tanstack/react-table';
import { moveColumn } from './column-prefs';
import { isGridColumnId, type GridColumnId } from './grid-columns';
import {
  ACTIONS_COLUMN,
  SELECT_COLUMN,
  type GridFeatures,
  type GridRow,
} from './grid-table-features';

interface ColumnsPopoverProps {
  table: ReactTable<GridFeatures, GridRow, TableState<GridFeatures>>;
  /** The Columns button while open; null when closed. */
  anchor: HTMLElement | null;
  onClose(): void;
  onReset(): void;
}

/** The columns popover: a checkbox to show or hide each column, buttons to move it. */
export function ColumnsPopover({ table, anchor, onClose, onReset }: ColumnsPopoverProps) {
  const { t } = useTranslation();
  // Leaf columns come in the current order; the selection column is not the user's to move.
  const columns = table
    .getAllLeafColumns()
    .filter((column) => column.id !== SELECT_COLUMN && column.id !== ACTIONS_COLUMN);
  const order = columns.map((column) => column.id).filter(isGridColumnId);

  const move = (id: GridColumnId, by: -1 | 1) =>
    table.setColumnOrder([SELECT_COLUMN, ...moveColumn(order, id, by), ACTIONS_COLUMN]);

  return (
    <Popover
      open={anchor !== null}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      slotProps={{ paper: { role: 'dialog', 'aria-label': t('customers.layout.title') } }}
    >
      <Typography variant="subtitle2" sx={{ px: 2, pt: 1.5 }}>
        {t('customers.layout.title')}
      </Typography>
      <List dense sx={{ minWidth: 280 }}>
        {columns.map((column, index) => {
          const label = column.columnDef.meta?.label ?? column.id;
          const id = column.id as GridColumnId;
          return (
            <ListItem key={column.id} sx={{ gap: 0.5 }}>
              <FormControlLabel
                sx={{ flexGrow: 1 }}
                control={
                  <Checkbox
                    checked={column.getIsVisible()}
                    disabled={!column.getCanHide()}
                    onChange={(event) => column.toggleVisibility(event.target.checked)}
                  />
                }
                label={label}
              />
              <IconButton
                size="small"
                aria-label={t('customers.layout.moveLeft', { column: label })}
                disabled={index === 0}
                onClick={() => move(id, -1)}
              >
                <ArrowBackIcon fontSize="small" />
              </IconButton>
              <IconButton
                size="small"
                aria-label={t('customers.layout.moveRight', { column: label })}
                disabled={index === columns.length - 1}
                onClick={() => move(id, 1)}
              >
                <ArrowForwardIcon fontSize="small" />
              </IconButton>
            </ListItem>
          );
        })}
      </List>
      <Button sx={{ m: 1 }} onClick={onReset}>
        {t('customers.layout.reset')}
      </Button>
    </Popover>
  );
}
