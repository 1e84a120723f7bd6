import { useTranslation } from '../../i18n/use-translation';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Customer, CustomerPartial } from '../../api/schemas/customer';
import { CustomerAvatar } from '../../components/customer-avatar';
import { useRuntimeConfig } from '../../config/runtime-config-context';
import { customerName } from '../../lib/customer-text';
import { CustomerActions } from './customer-actions';
import { OpenInWordPress } from './open-in-wordpress';

/** Who this is, at a glance, and what can be done to them (actions once the full object is here). */
export function DetailHeader({
  id,
  customer,
  full,
}: {
  id: number;
  customer: CustomerPartial | undefined;
  full: Customer | undefined;
}) {
  const { t } = useTranslation();
  const gravatar = useRuntimeConfig().config.avatars === 'gravatar';
  const name = customer ? customerName(customer) : '';
  const known = customer?.first_name !== undefined || full !== undefined;
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      sx={{ gap: 2, alignItems: { xs: 'flex-start', sm: 'center' }, width: '100%' }}
    >
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', minWidth: 0, flex: 1 }}>
        {/* Decorative next to the name: initials, or the store's Gravatar only when configured. */}
        <CustomerAvatar customer={customer ?? { id }} gravatar={gravatar} large />
        <Stack sx={{ minWidth: 0 }}>
          <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere' }}>
            {known ? name || t('customerDetail.title', { id }) : <Skeleton width="12rem" />}
          </Typography>
          <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {customer?.email ?? (full ? '' : <Skeleton width="14rem" />)}
            {name && ` · #${id}`}
          </Typography>
        </Stack>
      </Stack>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <OpenInWordPress id={id} />
        {full && <CustomerActions customer={full} />}
      </Stack>
    </Stack>
  );
}
