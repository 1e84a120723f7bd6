import { useTranslation } from '../../i18n/use-translation';
import { MAX_NAME_LENGTH } from './view-model';
import type { NameError } from './views-file';

/** What is wrong with a view name, in words that say how to fix it. */
export function useNameError(): (error: NameError, name: string) => string {
  const { t } = useTranslation();
  return (error, name) => {
    const trimmed = name.trim();
    if (error === 'required') return t('savedViews.nameErrors.required');
    if (error === 'tooLong')
      return t('savedViews.nameErrors.tooLong', { max: MAX_NAME_LENGTH, length: trimmed.length });
    return t('savedViews.nameErrors.taken', { name: trimmed });
  };
}
