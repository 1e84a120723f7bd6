import { useTranslation } from '../../i18n/use-translation';
import Button from '@mui/material/Button';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { userAdminUrl } from '../../lib/wp-admin-links';
import { useWordPressAddress } from '../../queries/use-store-site';

/** The customer's profile in wp-admin, in a new tab; shown to read-only keys too. */
export function OpenInWordPress({ id }: { id: number }) {
  const { t } = useTranslation();
  const href = userAdminUrl(useWordPressAddress(), id);
  if (!href) return null;
  return (
    <Button
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      variant="outlined"
      endIcon={<OpenInNewIcon aria-hidden />}
      aria-label={t('customerDetail.openInWordPressLabel')}
    >
      {t('customerDetail.openInWordPress')}
    </Button>
  );
}
