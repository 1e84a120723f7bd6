import { useTranslation } from '../../i18n/use-translation';
import Chip, { type ChipProps } from '@mui/material/Chip';
import { isKnownStatus } from './order-row';

const TONE: Record<string, ChipProps['color']> = {
  completed: 'success',
  processing: 'info',
  'on-hold': 'warning',
  pending: 'default',
  'checkout-draft': 'default',
  failed: 'error',
  cancelled: 'default',
  refunded: 'secondary',
  trash: 'default',
};

/**
 * The status in words (the border's colour only repeats it; the words keep the text colour, which
 * meets contrast on both themes); a status WooCommerce does not know, verbatim.
 */
export function OrderStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  const label = isKnownStatus(status) ? t(`customerOrders.status.${status}`) : status;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={TONE[status] ?? 'default'}
      label={label}
      sx={{
        color: 'text.primary',
        maxWidth: '100%',
        height: 'auto',
        '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 },
      }}
    />
  );
}
