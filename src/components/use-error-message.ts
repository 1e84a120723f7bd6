import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';

/** Turns any error into one sentence in the user's language, naming the cause. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
    return t(`errors.${error.kind}`, {
      message: error.message,
      seconds: error.retryAfterSeconds ?? 30,
    });
  };
}
