import { useTranslation } from '../../i18n/use-translation';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { OrderRow } from './order-row';
import { OrderNumberLink } from './order-number-link';
import { OrderStatus } from './order-status';

export type LinkRef = (index: number) => (node: HTMLAnchorElement | null) => void;

/** Wide screens: one row per order. */
export function OrdersTable({ rows, linkRef }: { rows: OrderRow[]; linkRef: LinkRef }) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('customerOrders.heading')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('customerOrders.order')}</TableCell>
            <TableCell>{t('customerOrders.date')}</TableCell>
            <TableCell>{t('customerOrders.statusLabel')}</TableCell>
            <TableCell align="right">{t('customerOrders.items')}</TableCell>
            <TableCell>{t('customerOrders.payment')}</TableCell>
            <TableCell align="right">{t('customerOrders.total')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, index) => (
            <TableRow key={row.id}>
              <TableCell>
                <OrderNumberLink row={row} ref={linkRef(index)} />
              </TableCell>
              <TableCell>{row.date}</TableCell>
              <TableCell>
                <OrderStatus status={row.status} />
              </TableCell>
              <TableCell align="right">{row.items ?? '—'}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                {row.payment || t('customerOrders.noPayment')}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {row.total}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
