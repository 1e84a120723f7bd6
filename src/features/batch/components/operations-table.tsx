import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import { targetOf, type DeleteOperation, type UpdateOperation } from '../model/batch-operation';
import { OperationStatus } from './operation-status';
import { useFieldLabel } from './use-field-label';
import type { QueueStatus } from './use-queue-status';

const PAGE_SIZE = 25;

interface OperationsTableProps {
  ops: (UpdateOperation | DeleteOperation)[];
  status: QueueStatus;
  onEdit(op: UpdateOperation): void;
  onRemove(key: string): void;
}

/** Queued updates and deletes with the customer each one is about. */
export function OperationsTable({ ops, status, onEdit, onRemove }: OperationsTableProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const [page, setPage] = useState(0);
  const lastPage = Math.max(0, Math.ceil(ops.length / PAGE_SIZE) - 1);
  const shown = Math.min(page, lastPage);
  const rows = ops.slice(shown * PAGE_SIZE, (shown + 1) * PAGE_SIZE);

  return (
    <>
      <TableContainer sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={t('batch.operations.tableLabel')} sx={{ minWidth: 640 }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('batch.operations.kind')}</TableCell>
              <TableCell>{t('batch.operations.target')}</TableCell>
              <TableCell>{t('batch.operations.changes')}</TableCell>
              <TableCell>{t('batch.operations.status')}</TableCell>
              <TableCell>{t('batch.operations.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((op) => {
              const kind = t(`batch.kinds.${op.kind}`);
              const target = targetOf(op);
              return (
                <TableRow key={op.key}>
                  <TableCell>
                    <Chip
                      size="small"
                      label={kind}
                      color={op.kind === 'delete' ? 'error' : 'primary'}
                      variant="outlined"
                    />
                  </TableCell>
                  <TableCell>{target}</TableCell>
                  <TableCell>
                    {op.kind === 'delete'
                      ? t('batch.operations.deleteNote')
                      : Object.entries(op.fields)
                          .map(([name, value]) => `${label(name)} → ${value === '' ? '∅' : value}`)
                          .join('; ')}
                  </TableCell>
                  <TableCell sx={{ minWidth: 200 }}>
                    <OperationStatus op={op} status={status} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {op.kind === 'update' && (
                      <Button
                        size="small"
                        onClick={() => onEdit(op)}
                        aria-label={t('batch.operations.editOp', { kind, target })}
                      >
                        {t('batch.edit')}
                      </Button>
                    )}
                    <Button
                      size="small"
                      color="error"
                      onClick={() => onRemove(op.key)}
                      aria-label={t('batch.operations.removeOp', { kind, target })}
                    >
                      {t('batch.remove')}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {ops.length > PAGE_SIZE && (
        <TablePagination
          component="div"
          count={ops.length}
          page={shown}
          rowsPerPage={PAGE_SIZE}
          rowsPerPageOptions={[PAGE_SIZE]}
          onPageChange={(_, next) => setPage(next)}
        />
      )}
    </>
  );
}
