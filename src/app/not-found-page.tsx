import { styled } from '@mui/material/styles';
import { useTranslation } from '../i18n/use-translation';
import { LightButtonLink } from '../components/light-button';

const Page = styled('div')(({ theme }) => ({
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'flex-start',
  gap: theme.spacing(2),
  padding: theme.spacing(3),
  '& > h1': { ...theme.typography.h5, margin: 0 },
}));

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page>
      <h1>{t('app.notFound')}</h1>
      <LightButtonLink to="/" variant="outlined">
        {t('app.backHome')}
      </LightButtonLink>
    </Page>
  );
}
