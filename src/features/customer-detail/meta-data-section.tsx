import { useTranslation } from '../../i18n/use-translation';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ApiVersion } from '../../api/client';
import type { MetaData } from '../../api/schemas/meta-data';
import { DetailSection } from '../../components/detail-section';
import { formatMetaValue, isInternalMetaKey } from './format-meta-value';

function Note({ children }: { children: string }) {
  return <Typography color="text.secondary">{children}</Typography>;
}

/** The customer's custom fields. Structured values (plugins store arrays and objects) as JSON. */
export function MetaDataSection({
  rows,
  complete,
  version,
}: {
  rows: MetaData[] | undefined;
  complete: boolean;
  version: ApiVersion;
}) {
  const { t } = useTranslation();
  const title = t('customerDetail.meta.heading');
  if (version === 'v1') {
    return (
      <DetailSection title={title} wide>
        <Note>{t('customerDetail.meta.notInVersion')}</Note>
      </DetailSection>
    );
  }
  let body;
  if (!complete) body = <Skeleton width="50%" aria-hidden />;
  else if (rows === undefined) body = <Note>{t('customerDetail.meta.notReturned')}</Note>;
  else if (rows.length === 0) body = <Note>{t('customerDetail.meta.empty')}</Note>;
  else body = <MetaTable rows={rows} title={title} />;
  return (
    <DetailSection title={title} wide>
      {body}
    </DetailSection>
  );
}

// Three columns do not fit in 360 px: on phones each row stacks its key over its value, and the
// explicit roles keep it a table for screen readers once the cells are no longer table cells.
const stackOnPhones = {
  '@media (max-width: 599.95px)': {
    '& thead, & td:last-of-type': { display: 'none' },
    '& tr': { display: 'block', py: 1, borderBottom: 1, borderColor: 'divider' },
    '& td': { display: 'block', border: 0, px: 0, py: 0.25 },
  },
} as const;

function MetaTable({ rows, title }: { rows: MetaData[]; title: string }) {
  const { t } = useTranslation();
  const anyInternal = rows.some((row) => isInternalMetaKey(row.key));
  return (
    <>
      <TableContainer>
        <Table size="small" role="table" aria-label={title} sx={stackOnPhones}>
          <TableHead>
            <TableRow>
              <TableCell>{t('customerDetail.meta.key')}</TableCell>
              <TableCell>{t('customerDetail.meta.value')}</TableCell>
              <TableCell align="right">{t('customerDetail.meta.rowId')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => {
              const value = formatMetaValue(row.value);
              return (
                <TableRow key={row.id ?? `new-${index}`} role="row">
                  <TableCell role="cell" sx={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>
                    <Box component="code">{row.key}</Box>
                    {isInternalMetaKey(row.key) && (
                      <Chip label={t('customerDetail.meta.internal')} size="small" sx={{ ml: 1 }} />
                    )}
                  </TableCell>
                  <TableCell role="cell" sx={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>
                    {value.structured ? (
                      <Box
                        component="pre"
                        sx={{ m: 0, fontSize: '0.8125rem', whiteSpace: 'pre-wrap' }}
                      >
                        {value.text}
                      </Box>
                    ) : (
                      value.text
                    )}
                  </TableCell>
                  <TableCell
                    role="cell"
                    align="right"
                    sx={{ verticalAlign: 'top', color: 'text.secondary' }}
                  >
                    {row.id ?? '—'}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {anyInternal && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('customerDetail.meta.internalHint')}
        </Typography>
      )}
    </>
  );
}
