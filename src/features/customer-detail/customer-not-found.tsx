import { useTranslation } from '../../i18n/use-translation';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/**
 * The customer is gone (deleted meanwhile) or the address names no customer at all. The page's
 * "Back to customers" link above this is the way out.
 */
export function CustomerNotFound({ id }: { id: string }) {
  const { t } = useTranslation();
  const valid = /^[1-9]\d*$/.test(id);
  return (
    <Stack role="status" spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="h5" component="h1">
        {t('customerDetail.notFound.title')}
      </Typography>
      <Typography>
        {valid
          ? t('customerDetail.notFound.body', { id })
          : t('customerDetail.notFound.badId', { id })}
      </Typography>
    </Stack>
  );
}
