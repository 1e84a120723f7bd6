import { useTranslation } from '../i18n/use-translation';
import type { TFunction } from '../i18n/types';
import { isApiError, type ApiErrorKind } from '../api/errors';

/**
 * One sentence naming the cause and what to do, for an error of `kind`. A 429's wait is known
 * only when the browser may read `Retry-After`, which WordPress does not expose to other origins.
 */
export function describeFailure(
  t: TFunction,
  kind: ApiErrorKind,
  message: string,
  retryAfterSeconds?: number,
): string {
  if (kind === 'rate_limited' && retryAfterSeconds === undefined)
    return t('errors.rate_limited_later');
  return t(`errors.${kind}`, { message, seconds: retryAfterSeconds });
}

/** Turns any error into one sentence in the user's language, naming the cause. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
    return describeFailure(t, error.kind, error.message, error.retryAfterSeconds);
  };
}
