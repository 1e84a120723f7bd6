import { useTranslation } from '../i18n/use-translation';
import { LightAlert } from '../components/light-alert';
import { LightButton } from '../components/light-button';
// Light parts only: this page stands in for a screen whose code did not arrive, so it must not
// need code of its own that might not arrive either.
import { MessagePage } from './message-page';

/**
 * A screen's or dialog's code failed to arrive: offline for a moment, or a deploy replaced the
 * hashed files this tab still asks for. Browsers word it differently; all say "module".
 */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|module script failed|Loading chunk|error loading dynamically/i.test(
      error.message,
    )
  );
}

/** A screen that crashed or whose code did not arrive: this instead of a blank page. */
export function RouteErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  // A reload fetches index.html anew, so it asks for the files of the version now published.
  const reload = () => window.location.reload();
  if (isChunkLoadError(error)) {
    return (
      <MessagePage>
        <LightAlert severity="error" title={t('app.chunkFailed')}>
          {t('app.chunkFailedHelp')}
        </LightAlert>
        <LightButton variant="contained" onClick={reload}>
          {t('app.retry')}
        </LightButton>
      </MessagePage>
    );
  }
  return (
    <MessagePage>
      <LightAlert severity="error">{t('app.crashed')}</LightAlert>
      <LightButton variant="outlined" onClick={reload}>
        {t('app.reload')}
      </LightButton>
    </MessagePage>
  );
}
