import { useTranslation } from '../../i18n/use-translation';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ConnectionProblem } from './test-connection';

type Mismatch = Extract<ConnectionProblem, { kind: 'addressMismatch' }>;

/** Both addresses side by side, and the three ways out; the first is one press away. */
export function AddressMismatchAlert({
  problem,
  onUseStoreAddress,
}: {
  problem: Mismatch;
  /** Absent when config.json fixes the address: then only the store side can be fixed. */
  onUseStoreAddress?: (url: string) => void;
}) {
  const { t } = useTranslation();
  const code = { fontFamily: 'monospace', overflowWrap: 'anywhere' } as const;
  return (
    <Alert severity="error" role="alert">
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t(`connection.mismatch.${problem.cause}`)}
      </Typography>
      <Box component="dl" sx={{ m: 0, '& dd': { ml: 0, mb: 1 }, '& dt': { fontWeight: 600 } }}>
        <dt>{t('connection.mismatch.typed')}</dt>
        <dd>
          <Box component="code" sx={code}>
            {problem.typed}
          </Box>
        </dd>
        <dt>{t('connection.mismatch.reported')}</dt>
        <dd>
          <Box component="code" sx={code}>
            {problem.reported}
          </Box>
        </dd>
      </Box>
      <Typography variant="body2" component="p" sx={{ fontWeight: 600 }}>
        {t('connection.mismatch.whatToDo')}
      </Typography>
      <Box component="ul" sx={{ mt: 0.5, mb: 1, pl: 2.5 }}>
        {onUseStoreAddress && <li>{t('connection.mismatch.useStoreAddress')}</li>}
        <li>{t('connection.mismatch.fixWordPress')}</li>
        <li>{t('connection.mismatch.fixProxy')}</li>
      </Box>
      {onUseStoreAddress && (
        <Button
          variant="outlined"
          color="inherit"
          size="small"
          onClick={() => onUseStoreAddress(problem.reported)}
        >
          {t('connection.mismatch.useButton')}
        </Button>
      )}
    </Alert>
  );
}
