import { useTranslation } from '../../../i18n/use-translation';
import { LightButtonLink } from '../../../components/light-button';
import { paths } from '../../../routes/paths';
import { useBatchQueue } from '../storage/use-batch-queue';
import { ariaShortcut } from '../../../components/shortcuts';

/** The top bar's way to the batch editor, with how many operations wait there. */
export function BatchNavLink() {
  const { t } = useTranslation();
  const { ops } = useBatchQueue();
  return (
    <LightButtonLink
      color="inherit"
      to={paths.batch}
      aria-label={t('batch.navLabel', { count: ops.length })}
      aria-keyshortcuts={ariaShortcut('batch')}
    >
      {t('batch.nav', { count: ops.length })}
    </LightButtonLink>
  );
}
