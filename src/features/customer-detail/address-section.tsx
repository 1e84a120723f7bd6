import { useTranslation } from '../../i18n/use-translation';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { CustomerPartial } from '../../api/schemas/customer';
import { DetailField, DetailList } from './detail-field';
import { DetailSection } from '../../components/detail-section';
import { formatAddress } from '../../lib/format-address';
import { useStateNamer } from '../../queries/state-namer';

type Kind = 'billing' | 'shipping';

/** One address as it would be written on an envelope, then its contact fields. */
export function AddressSection({
  customer,
  kind,
  complete,
}: {
  customer: CustomerPartial;
  kind: Kind;
  complete: boolean;
}) {
  const { t, i18n } = useTranslation();
  const stateName = useStateNamer();
  const address = customer[kind];
  const title = t(`customerDetail.address.${kind}`);
  // A grid row holds only the address parts its columns asked for: wait for the whole one.
  if (!complete) {
    return (
      <DetailSection title={title}>
        <Skeleton width="60%" aria-hidden />
        <Skeleton width="40%" aria-hidden />
      </DetailSection>
    );
  }
  const lines = address ? formatAddress(address, i18n.language, stateName) : [];
  const email = kind === 'billing' ? customer.billing?.email : undefined;
  const phone = address?.phone;
  return (
    <DetailSection title={title}>
      {lines.length > 0 ? (
        <Box component="address" sx={{ fontStyle: 'normal', mb: 1 }}>
          {lines.map((line, index) => (
            <Typography key={index} sx={{ overflowWrap: 'anywhere' }}>
              {line}
            </Typography>
          ))}
        </Box>
      ) : (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t('customerDetail.address.empty')}
        </Typography>
      )}
      {(email || phone) && (
        <DetailList>
          {email && <DetailField label={t('customerDetail.address.email')}>{email}</DetailField>}
          {phone && <DetailField label={t('customerDetail.address.phone')}>{phone}</DetailField>}
        </DetailList>
      )}
    </DetailSection>
  );
}
