import { useEffect } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { SUPPORTED_LOCALES, saveLocale, type Locale } from '../i18n/i18n';
import { useRuntimeConfig } from '../config/runtime-config-context';
import { LightSelect } from '../components/light-field';
import { useColorMode, type ColorMode } from '../theme/color-mode';
import './display-settings.css';

/** Language and colour-scheme switches, always reachable from the top bar. */
export function DisplaySettings() {
  const { t, i18n } = useTranslation();
  const { mode, setMode } = useColorMode();
  // config.json may fix the language or the theme for everyone (`staffMayChange`).
  const { staffMayChange } = useRuntimeConfig().config;
  // A locked theme follows the system, whatever was chosen on this browser before the lock.
  useEffect(() => {
    if (!staffMayChange.theme && mode !== 'system') setMode('system');
  }, [staffMayChange.theme, mode, setMode]);

  return (
    <>
      {staffMayChange.locale && (
        <LightSelect
          label={t('app.language')}
          value={i18n.language}
          onChange={(event) => {
            const locale = event.target.value as Locale;
            saveLocale(locale);
            void i18n.changeLanguage(locale);
          }}
          options={SUPPORTED_LOCALES.map((locale) => ({
            value: locale,
            label: t(`languages.${locale}`),
            lang: locale,
          }))}
          className="cd-language-field"
        />
      )}
      {staffMayChange.theme && (
        <LightSelect
          label={t('app.theme')}
          value={mode}
          onChange={(event) => setMode(event.target.value as ColorMode)}
          options={[
            { value: 'system', label: t('app.themeSystem') },
            { value: 'light', label: t('app.themeLight') },
            { value: 'dark', label: t('app.themeDark') },
          ]}
          className="cd-scheme-field"
        />
      )}
    </>
  );
}
