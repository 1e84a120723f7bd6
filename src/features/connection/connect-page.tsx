import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../../i18n/use-translation';
import { useAppLocation, useNavigate } from '../../routes/navigation';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { FormTextField } from '../../components/form-text-field';
import {
  ConnectFormSchema,
  isHttpUrl,
  isLocalHost,
  type ConnectFormValues,
} from '../../session/connection-settings';
import { useConnection } from '../../session/connection-context';
import { demoConnectionValues } from './demo-connection';
import { describeConnectionProblem } from './problem-message';
import { testConnection, type ConnectionTestResult } from './test-connection';
import { AuthFields } from './auth-fields';
import { AddressMismatchAlert } from './address-mismatch-alert';
import { afterConnectPath, linkedPath } from '../../routes/next-path';
import { useRuntimeConfig } from '../../config/runtime-config-context';
import { applyLocks, connectLocks, presetFormValues } from './connect-presets';

export function ConnectPage() {
  const { t } = useTranslation();
  const location = useAppLocation();
  const navigate = useNavigate();
  const { connection, connect, stopWaitingForOtherTabs, handedOverLate, acknowledgeHandover } =
    useConnection();
  const { config } = useRuntimeConfig();
  const locks = connectLocks(config);
  const [demo] = useState(demoConnectionValues);
  const [result, setResult] = useState<{
    values: ConnectFormValues;
    outcome: ConnectionTestResult;
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const { control, handleSubmit, getValues, setValue, trigger, formState } =
    useForm<ConnectFormValues>({
      resolver: zodResolver(ConnectFormSchema),
      defaultValues: demo ?? presetFormValues(config),
    });
  const storeUrl = useWatch({ control, name: 'storeUrl' });

  // Another tab may answer this new tab's question late (its page busy): it connects this one
  // while the form is untouched, and the person goes on to the link that opened the tab. Once
  // they type, test or connect, what they do here is never swapped for another tab's store.
  const { isDirty } = formState;
  useEffect(() => {
    if (isDirty) stopWaitingForOtherTabs();
  }, [isDirty, stopWaitingForOtherTabs]);
  useEffect(() => {
    if (!handedOverLate) return;
    acknowledgeHandover();
    // Opened as the connect screen itself (no link behind it): it stays, now connected.
    const linked = linkedPath(location.search);
    if (linked) void navigate(linked, { replace: true });
  }, [handedOverLate, acknowledgeHandover, navigate, location.search]);

  async function run(entered: ConnectFormValues, goOnSuccess: boolean) {
    stopWaitingForOtherTabs();
    const values = applyLocks(entered, config);
    setBusy(true);
    const outcome = await testConnection(values);
    setBusy(false);
    setResult({ values, outcome });
    if (outcome.ok && goOnSuccess) {
      connect(outcome.connection);
      // On to the link that led here (kept in this screen's URL); the grid without one. A host
      // page's connect does the same in the embed bridge.
      void navigate(afterConnectPath(location.search), { replace: true });
    }
  }

  const onTestOnly = async () => {
    if (await trigger()) await run(getValues(), false);
  };

  // `npm start` opens the app on the demo store, connected through the same checks as a person.
  const autoConnected = useRef(false);
  useEffect(() => {
    if (demo && !connection && !autoConnected.current) {
      autoConnected.current = true;
      void run(demo, true);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on first render
  }, []);

  const insecure =
    isHttpUrl(storeUrl) && new URL(storeUrl).protocol === 'http:' && !isLocalHost(storeUrl);
  const translateError = (key: string) => t(`connect.errors.${key as 'required' | 'invalidUrl'}`);

  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', p: { xs: 1, sm: 3 } }}>
      <Card sx={{ width: '100%', maxWidth: 560 }} variant="outlined">
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {t('connect.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('connect.intro')}
          </Typography>
          <Stack
            component="form"
            noValidate
            spacing={2}
            aria-label={t('connect.title')}
            onSubmit={handleSubmit((values) => run(values, true))}
          >
            <FormTextField
              control={control}
              name="storeUrl"
              label={t('connect.storeUrl')}
              type="url"
              autoComplete="url"
              required
              helperText={
                locks.storeUrl ? t('deployment.connection.setByAdmin') : t('connect.storeUrlHelp')
              }
              slotProps={{ htmlInput: { readOnly: locks.storeUrl } }}
              translateError={translateError}
            />
            {insecure && <Alert severity="warning">{t('connect.insecureWarning')}</Alert>}
            <AuthFields
              control={control}
              translateError={translateError}
              offered={result?.outcome.offeredVersions ?? []}
              locks={locks}
            />
            <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
              <Button onClick={onTestOnly} disabled={busy}>
                {t('connect.test')}
              </Button>
              <Button type="submit" variant="contained" disabled={busy}>
                {busy ? t('connect.testing') : t('connect.connect')}
              </Button>
            </Stack>
            <ConnectionOutcome
              result={result}
              {...(locks.storeUrl
                ? {}
                : {
                    onUseStoreAddress: (url: string) =>
                      setValue('storeUrl', url, { shouldValidate: true }),
                  })}
            />
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}

function ConnectionOutcome({
  result,
  onUseStoreAddress,
}: {
  result: { values: ConnectFormValues; outcome: ConnectionTestResult } | null;
  onUseStoreAddress?: (url: string) => void;
}) {
  const { t } = useTranslation();
  if (!result) return null;
  const { outcome, values } = result;
  if (!outcome.ok && outcome.problem.kind === 'addressMismatch') {
    return (
      <AddressMismatchAlert
        problem={outcome.problem}
        {...(onUseStoreAddress ? { onUseStoreAddress } : {})}
      />
    );
  }
  if (!outcome.ok) {
    return (
      <Alert severity="error" role="alert">
        {describeConnectionProblem(t, outcome.problem, values.storeUrl.trim())}
      </Alert>
    );
  }
  const { connection } = outcome;
  const access = t(
    connection.access === 'read_write' ? 'connect.accessReadWrite' : 'connect.accessReadOnly',
  );
  return (
    <Stack spacing={1} role="status">
      <Alert severity="success">
        {t('connect.success', { store: connection.storeName, version: connection.version, access })}
      </Alert>
      {connection.access === 'read_only' && (
        <Alert severity="warning">{t('connect.readOnlyWarning')}</Alert>
      )}
    </Stack>
  );
}
