import { useTranslation } from '../../../i18n/use-translation';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useIssueText } from '../components/use-field-label';
import type { RowResult } from './rows-to-operations';

const SHOWN = 100;

/** The rows that will not be queued and why, by line number as a spreadsheet shows them. */
export function ImportProblemsTable({ invalid }: { invalid: RowResult[] }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  if (invalid.length === 0) return null;
  return (
    <>
      <Table size="small" aria-label={t('batch.csvImport.previewLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('batch.csvImport.line')}</TableCell>
            <TableCell>{t('batch.csvImport.problems')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {invalid.slice(0, SHOWN).map((row) => (
            <TableRow key={row.line}>
              <TableCell>{row.line}</TableCell>
              <TableCell>{row.issues.map(issueText).join(' ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {invalid.length > SHOWN && (
        <Typography variant="body2">
          {t('batch.csvImport.moreProblems', { count: invalid.length - SHOWN })}
        </Typography>
      )}
    </>
  );
}
