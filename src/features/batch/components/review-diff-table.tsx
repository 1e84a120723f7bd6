import { useTranslation } from '../../../i18n/use-translation';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { flattenCustomer } from '../../../lib/customer-fields';
import { targetOf, type UpdateOperation } from '../model/batch-operation';
import { useFieldLabel } from './use-field-label';

interface ReviewDiffTableProps {
  updates: UpdateOperation[];
  /** The customers as just fetched, by id; missing while loading or when not found. */
  current: ReadonlyMap<number, Record<string, unknown>>;
  loading: boolean;
}

/** Per update, each field it sets: the value on the store now and the value after sending. */
export function ReviewDiffTable({ updates, current, loading }: ReviewDiffTableProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const show = (value: string | undefined) =>
    value === undefined
      ? t(loading ? 'batch.reviewDialog.loading' : 'batch.reviewDialog.unknownBefore')
      : value === ''
        ? t('batch.reviewDialog.empty')
        : value;

  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={t('batch.reviewDialog.tableLabel')} sx={{ minWidth: 520 }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('batch.operations.target')}</TableCell>
            <TableCell>{t('batch.reviewDialog.field')}</TableCell>
            <TableCell>{t('batch.reviewDialog.before')}</TableCell>
            <TableCell>{t('batch.reviewDialog.after')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {updates.flatMap((op) => {
            const customer = current.get(op.id);
            const before = customer ? flattenCustomer(customer) : undefined;
            const names = Object.keys(op.fields);
            return names.map((name, i) => {
              const old = before ? (before[name] ?? '') : undefined;
              const changed = old !== op.fields[name];
              return (
                <TableRow key={`${op.key}-${name}`}>
                  {i === 0 && <TableCell rowSpan={names.length}>{targetOf(op)}</TableCell>}
                  <TableCell>{label(name)}</TableCell>
                  <TableCell>
                    <Typography
                      variant="body2"
                      sx={{ textDecoration: changed && old ? 'line-through' : 'none' }}
                    >
                      {show(old)}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Typography variant="body2" sx={{ fontWeight: changed ? 600 : 400 }}>
                      {show(op.fields[name])}
                    </Typography>
                  </TableCell>
                </TableRow>
              );
            });
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
