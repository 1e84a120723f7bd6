import { useTranslation } from '../../i18n/use-translation';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { FormDraftApi } from './use-form-draft';

export function DraftBanner({ draft }: { draft: FormDraftApi }) {
  const { t, i18n } = useTranslation();
  if (!draft.kept) {
    return (
      <Alert severity="warning" role="status">
        {t('customerForm.draft.notKept')}
      </Alert>
    );
  }
  if (!draft.offer) return null;
  const time = new Date(draft.offer.savedAt).toLocaleString(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <Alert
      severity="info"
      action={
        <Stack direction="row" spacing={1}>
          <Button color="inherit" size="small" onClick={draft.restore}>
            {t('customerForm.draft.restore')}
          </Button>
          <Button color="inherit" size="small" onClick={draft.discard}>
            {t('customerForm.draft.discard')}
          </Button>
        </Stack>
      }
    >
      {t('customerForm.draft.found', { time })}
    </Alert>
  );
}
