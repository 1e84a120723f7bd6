import { useTranslation } from '../i18n/use-translation';
import { RouterLink } from '../routes/navigation';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ p: 3, alignItems: 'flex-start' }}>
      <Typography variant="h5" component="h1">
        {t('app.notFound')}
      </Typography>
      <Button component={RouterLink} to="/" variant="outlined">
        {t('app.backHome')}
      </Button>
    </Stack>
  );
}
