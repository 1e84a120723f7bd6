import { useEffect } from 'react';
import { useTranslation } from '../i18n/use-translation';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useColorScheme } from '@mui/material/styles';
import { SUPPORTED_LOCALES, saveLocale, type Locale } from '../i18n/i18n';
import { useRuntimeConfig } from '../config/runtime-config-context';

/** Language and colour-scheme switches, always reachable from the top bar. */
export function DisplaySettings() {
  const { t, i18n } = useTranslation();
  const { mode, setMode } = useColorScheme();
  // config.json may fix the language or the theme for everyone (`staffMayChange`).
  const { staffMayChange } = useRuntimeConfig().config;
  // A locked theme follows the system, whatever was chosen on this browser before the lock.
  useEffect(() => {
    if (!staffMayChange.theme && mode !== undefined && mode !== 'system') setMode('system');
  }, [staffMayChange.theme, mode, setMode]);

  return (
    <>
      {staffMayChange.locale && (
        <TextField
          select
          size="small"
          label={t('app.language')}
          value={i18n.language}
          onChange={(event) => {
            const locale = event.target.value as Locale;
            saveLocale(locale);
            void i18n.changeLanguage(locale);
          }}
          sx={{ minWidth: 120 }}
        >
          {SUPPORTED_LOCALES.map((locale) => (
            <MenuItem key={locale} value={locale} lang={locale}>
              {t(`languages.${locale}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
      {staffMayChange.theme && (
        <TextField
          select
          size="small"
          label={t('app.theme')}
          value={mode ?? 'system'}
          onChange={(event) => setMode(event.target.value as 'system' | 'light' | 'dark')}
          sx={{ minWidth: 130 }}
        >
          <MenuItem value="system">{t('app.themeSystem')}</MenuItem>
          <MenuItem value="light">{t('app.themeLight')}</MenuItem>
          <MenuItem value="dark">{t('app.themeDark')}</MenuItem>
        </TextField>
      )}
    </>
  );
}
