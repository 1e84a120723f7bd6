import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import type { CreateOperation } from '../model/batch-operation';
import { withoutField } from '../../../lib/customer-fields';
import { CreateCell } from './create-cell';
import { OperationStatus } from './operation-status';
import { useFieldLabel } from './use-field-label';
import type { QueueStatus } from './use-queue-status';

const COLUMNS = ['email', 'first_name', 'last_name', 'billing.country'] as const;
const PAGE_SIZE = 20;

interface CreatesTableProps {
  creates: CreateOperation[];
  status: QueueStatus;
  onChange(op: CreateOperation): void;
  onEdit(op: CreateOperation): void;
  onRemove(key: string): void;
}

/** The queued new customers as an editable table, a page at a time. */
export function CreatesTable({ creates, status, onChange, onEdit, onRemove }: CreatesTableProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const [page, setPage] = useState(0);
  const lastPage = Math.max(0, Math.ceil(creates.length / PAGE_SIZE) - 1);
  const shown = Math.min(page, lastPage);
  const rows = creates.slice(shown * PAGE_SIZE, (shown + 1) * PAGE_SIZE);

  return (
    <>
      <TableContainer sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={t('batch.creates.tableLabel')} sx={{ minWidth: 720 }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('batch.creates.row')}</TableCell>
              {COLUMNS.map((name) => (
                <TableCell key={name}>{label(name)}</TableCell>
              ))}
              <TableCell>{t('batch.operations.status')}</TableCell>
              <TableCell>{t('batch.operations.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((op, i) => {
              const row = shown * PAGE_SIZE + i + 1;
              const invalidFields = new Set((status.issues.get(op.key) ?? []).map((x) => x.field));
              const extra = Object.keys(op.fields).filter(
                (f) => !(COLUMNS as readonly string[]).includes(f),
              ).length;
              return (
                <TableRow key={op.key}>
                  <TableCell>{row}</TableCell>
                  {COLUMNS.map((name) => (
                    <TableCell key={name} sx={{ minWidth: name === 'email' ? 200 : 120 }}>
                      <CreateCell
                        label={t('batch.creates.cell', { field: label(name), row })}
                        value={op.fields[name] ?? ''}
                        invalid={invalidFields.has(name)}
                        onCommit={(value) => {
                          const rest = withoutField(op.fields, name);
                          const fields = value === '' ? rest : { ...rest, [name]: value };
                          onChange({ ...op, fields, error: undefined });
                        }}
                      />
                    </TableCell>
                  ))}
                  <TableCell sx={{ minWidth: 200 }}>
                    <OperationStatus op={op} status={status} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      onClick={() => onEdit(op)}
                      aria-label={t('batch.creates.editRow', { row })}
                    >
                      {extra > 0
                        ? t('batch.creates.moreFields', { count: extra })
                        : t('batch.edit')}
                    </Button>
                    <IconButton
                      aria-label={t('batch.creates.removeRow', { row })}
                      onClick={() => onRemove(op.key)}
                    >
                      <DeleteOutlinedIcon />
                    </IconButton>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {creates.length > PAGE_SIZE && (
        <TablePagination
          component="div"
          count={creates.length}
          page={shown}
          rowsPerPage={PAGE_SIZE}
          rowsPerPageOptions={[PAGE_SIZE]}
          onPageChange={(_, next) => setPage(next)}
        />
      )}
    </>
  );
}
