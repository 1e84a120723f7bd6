import { useState } from 'react';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from '../../i18n/use-translation';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { FormTextField } from '../../components/form-text-field';
import type { ApiVersion } from '../../api/client';
import type { ConnectFormValues } from '../../session/connection-settings';
import type { ConnectLocks } from './connect-presets';

interface AuthFieldsProps {
  control: Control<ConnectFormValues>;
  translateError: (key: string) => string;
  offered: ApiVersion[];
  /** Fields config.json fixes: shown, read-only, with the reason. */
  locks?: Omit<ConnectLocks, 'storeUrl'>;
}

/** Version, keys, auth mode and "remember": everything the connect form asks after the URL. */
export function AuthFields({
  control,
  translateError,
  offered,
  locks = { version: false, authMode: false },
}: AuthFieldsProps) {
  const { t } = useTranslation();
  const [showSecret, setShowSecret] = useState(false);
  const authMode = useWatch({ control, name: 'authMode' });

  return (
    <>
      <FormTextField
        control={control}
        name="version"
        select
        label={t('connect.version')}
        helperText={
          locks.version
            ? t('deployment.connection.setByAdmin')
            : offered.length > 0
              ? t('connect.versionDetected', { versions: offered.join(', ') })
              : ' '
        }
        slotProps={{ htmlInput: { readOnly: locks.version } }}
      >
        <MenuItem value="auto">{t('connect.versionAuto')}</MenuItem>
        {(['v3', 'v2', 'v1'] as const).map((version) => (
          <MenuItem key={version} value={version}>
            {version}
          </MenuItem>
        ))}
      </FormTextField>
      <FormTextField
        control={control}
        name="consumerKey"
        label={t('connect.consumerKey')}
        required
        autoComplete="username"
        spellCheck={false}
        translateError={translateError}
      />
      <FormTextField
        control={control}
        name="consumerSecret"
        label={t('connect.consumerSecret')}
        required
        type={showSecret ? 'text' : 'password'}
        autoComplete="current-password"
        spellCheck={false}
        translateError={translateError}
        slotProps={{
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  aria-label={showSecret ? t('connect.hideSecret') : t('connect.showSecret')}
                  onClick={() => setShowSecret((shown) => !shown)}
                  edge="end"
                >
                  {showSecret ? <VisibilityOff /> : <Visibility />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <FormTextField
        control={control}
        name="authMode"
        select
        label={t('connect.authMode')}
        {...(locks.authMode
          ? {
              helperText: t('deployment.connection.setByAdmin'),
              slotProps: { htmlInput: { readOnly: true } },
            }
          : {})}
      >
        <MenuItem value="auto">{t('connect.authAuto')}</MenuItem>
        <MenuItem value="basic">{t('connect.authBasic')}</MenuItem>
        <MenuItem value="oauth1">{t('connect.authOauth1')}</MenuItem>
        <MenuItem value="query">{t('connect.authQuery')}</MenuItem>
      </FormTextField>
      {authMode === 'query' && <Alert severity="warning">{t('connect.queryWarning')}</Alert>}
      <Stack>
        <Controller
          control={control}
          name="remember"
          render={({ field }) => (
            <FormControlLabel
              control={
                <Checkbox
                  checked={field.value}
                  onChange={(e) => field.onChange(e.target.checked)}
                />
              }
              label={t('connect.remember')}
            />
          )}
        />
        <FormHelperText sx={{ mt: 0 }}>{t('connect.rememberHelp')}</FormHelperText>
      </Stack>
    </>
  );
}
