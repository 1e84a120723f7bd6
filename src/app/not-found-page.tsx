import { useTranslation } from '../i18n/use-translation';
import { LightButtonLink } from '../components/light-button';
import { MessagePage } from './message-page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <MessagePage>
      <h1>{t('app.notFound')}</h1>
      <LightButtonLink to="/" variant="outlined">
        {t('app.backHome')}
      </LightButtonLink>
    </MessagePage>
  );
}
