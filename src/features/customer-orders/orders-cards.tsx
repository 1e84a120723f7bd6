import { useTranslation } from '../../i18n/use-translation';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { OrderRow } from './order-row';
import { OrderNumberLink } from './order-number-link';
import { OrderStatus } from './order-status';
import type { LinkRef } from './orders-table';

/** Narrow screens: one short block per order, in a list. */
export function OrdersCards({ rows, linkRef }: { rows: OrderRow[]; linkRef: LinkRef }) {
  const { t } = useTranslation();
  return (
    <Box
      component="ul"
      aria-label={t('customerOrders.heading')}
      sx={{ listStyle: 'none', m: 0, p: 0 }}
    >
      {rows.map((row, index) => (
        <Box
          component="li"
          key={row.id}
          sx={{ py: 1.25, borderTop: index === 0 ? 0 : 1, borderColor: 'divider' }}
        >
          <Box
            sx={{ display: 'flex', gap: 1, alignItems: 'center', justifyContent: 'space-between' }}
          >
            <OrderNumberLink row={row} ref={linkRef(index)} />
            <OrderStatus status={row.status} />
          </Box>
          <Typography variant="body2" color="text.secondary">
            {row.date}
          </Typography>
          <Box
            sx={{
              display: 'flex',
              gap: 1,
              justifyContent: 'space-between',
              alignItems: 'baseline',
            }}
          >
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere', minWidth: 0 }}>
              {[
                row.items !== undefined && `${t('customerOrders.items')}: ${row.items}`,
                row.payment,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
            <Typography sx={{ whiteSpace: 'nowrap', fontWeight: 500 }}>{row.total}</Typography>
          </Box>
        </Box>
      ))}
    </Box>
  );
}
