import { forwardRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import Link from '@mui/material/Link';
import type { OrderRow } from './order-row';

/** The order number, linking to the order in wp-admin (a new tab) when WordPress's address is known. */
export const OrderNumberLink = forwardRef<HTMLAnchorElement, { row: OrderRow }>(
  function OrderNumberLink({ row }, ref) {
    const { t } = useTranslation();
    if (!row.href) return <span style={{ overflowWrap: 'anywhere' }}>{row.number}</span>;
    return (
      <Link
        ref={ref}
        href={row.href}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={t('customerOrders.openOrder', { number: row.number })}
        sx={{ overflowWrap: 'anywhere', fontWeight: 500 }}
      >
        {row.number}
      </Link>
    );
  },
);
