import { useTranslation } from '../../../i18n/use-translation';
import Typography from '@mui/material/Typography';
import type { ApiErrorKind } from '../../../api/errors';
import { describeFailure } from '../../../components/use-error-message';
import type { BatchOperation } from '../model/batch-operation';
import type { QueueStatus } from './use-queue-status';
import { useIssueText } from './use-field-label';

/** Why an operation cannot go yet, or what the store said last time; "Ready" otherwise. */
export function OperationStatus({ op, status }: { op: BatchOperation; status: QueueStatus }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const lines: string[] = (status.issues.get(op.key) ?? []).map(issueText);
  const conflict = status.conflicts.get(op.key);
  if (conflict) lines.push(t(`batch.conflicts.${conflict}`));
  if (op.error) {
    const { kind, message, retryAfterSeconds } = op.error;
    lines.push(
      kind ? describeFailure(t, kind as ApiErrorKind, message, retryAfterSeconds) : message,
    );
  }
  if (op.unknownOutcome) lines.push(t('batch.operations.unknown'));
  if (lines.length === 0) {
    return (
      <Typography variant="body2" color="success.main">
        {t('batch.operations.ready')}
      </Typography>
    );
  }
  return (
    <>
      {lines.map((line) => (
        <Typography key={line} variant="body2" color="error">
          {line}
        </Typography>
      ))}
    </>
  );
}
