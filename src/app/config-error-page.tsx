import { useTranslation } from '../i18n/use-translation';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { MuiScope } from '../theme/mui-scope';
import type { ConfigProblem } from '../config/load-runtime-config';

/**
 * Shown instead of the app when config.json is broken: which field, and what is wrong with it.
 * The page's base, the theme's variables and the colour scheme are the app's (main.tsx and the
 * stylesheets the start loads); MUI gets its theme as every MUI screen does.
 */
export function ConfigErrorPage({ problems }: { problems: ConfigProblem[] }) {
  return (
    <MuiScope>
      <ConfigProblems problems={problems} />
    </MuiScope>
  );
}

function ConfigProblems({ problems }: { problems: ConfigProblem[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="main" spacing={2} sx={{ p: { xs: 2, sm: 4 }, maxWidth: 720 }}>
      <Typography variant="h5" component="h1">
        {t('deployment.config.title')}
      </Typography>
      <Alert severity="error">
        <AlertTitle>{t('deployment.config.summary', { count: problems.length })}</AlertTitle>
        <ul aria-label={t('deployment.config.problems')} style={{ margin: 0, paddingLeft: 20 }}>
          {problems.map((problem) => (
            <li key={`${problem.field}:${problem.kind}`}>
              <code>{problem.field}</code>{' '}
              {t(`deployment.config.problem.${problem.kind}`, { detail: problem.detail })}
            </li>
          ))}
        </ul>
      </Alert>
      <Typography>{t('deployment.config.fix')}</Typography>
    </Stack>
  );
}
