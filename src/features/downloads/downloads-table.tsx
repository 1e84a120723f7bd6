import { useTranslation } from '../../i18n/use-translation';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { DownloadRow } from './download-row';
import {
  ExpiresValue,
  FileValue,
  LinkActions,
  OrderValue,
  ProductValue,
  RemainingValue,
} from './download-cells';

type OnCopy = (url: string, file: string) => void;

/** Wide screens: one row per download permission. */
export function DownloadsTable({ rows, onCopy }: { rows: DownloadRow[]; onCopy: OnCopy }) {
  const { t } = useTranslation();
  const top = { verticalAlign: 'top' } as const;
  return (
    <TableContainer>
      <Table size="small" aria-label={t('downloads.heading')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('downloads.product')}</TableCell>
            <TableCell>{t('downloads.file')}</TableCell>
            <TableCell>{t('downloads.order')}</TableCell>
            <TableCell align="right">{t('downloads.remaining')}</TableCell>
            <TableCell>{t('downloads.expires')}</TableCell>
            <TableCell>{t('downloads.link')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell sx={top}>
                <ProductValue row={row} />
              </TableCell>
              <TableCell sx={top}>
                <FileValue row={row} />
              </TableCell>
              <TableCell sx={top}>
                <OrderValue row={row} />
              </TableCell>
              <TableCell sx={top} align="right">
                <RemainingValue row={row} />
              </TableCell>
              <TableCell sx={top}>
                <ExpiresValue row={row} />
              </TableCell>
              <TableCell sx={top}>
                <LinkActions row={row} onCopy={onCopy} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
