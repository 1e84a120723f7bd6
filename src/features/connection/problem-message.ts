import type { TFunction } from '../../i18n/types';
import type { ConnectionProblem } from './test-connection';

export function describeConnectionProblem(
  t: TFunction,
  problem: ConnectionProblem,
  url: string,
): string {
  switch (problem.kind) {
    case 'unreachable':
      return t('connect.errors.unreachable', { url });
    case 'notWordPress':
      return t('connect.errors.notWordPress', { url });
    case 'noWooCommerce':
      return t('connect.errors.noWooCommerce', { url });
    case 'versionNotOffered':
      return t('connect.errors.versionNotOffered', {
        version: problem.version,
        versions: problem.offered.join(', '),
      });
    case 'addressMismatch':
      return t(`connection.mismatch.${problem.cause}`);
    case 'other':
      return t('connect.errors.other', { message: problem.message });
    default:
      return t(`connect.errors.${problem.kind}`);
  }
}
