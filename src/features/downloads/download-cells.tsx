import { useTranslation } from '../../i18n/use-translation';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { visuallyHidden } from '../../components/visually-hidden';
import { formatCount } from '../../lib/format-amount';
import type { DownloadRow } from './download-row';

// The parts of one download, shared by the wide table and the narrow cards.

export function ProductValue({ row }: { row: DownloadRow }) {
  const { t } = useTranslation();
  const id = t('downloads.productId', { id: row.productId });
  if (!row.productName) return id;
  return (
    <>
      {row.productName}
      <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
        {id}
      </Typography>
    </>
  );
}

export function FileValue({ row }: { row: DownloadRow }) {
  return (
    <>
      {row.fileName}
      {row.storedName && (
        <Typography
          component="span"
          variant="body2"
          color="text.secondary"
          sx={{ display: 'block' }}
        >
          {row.storedName}
        </Typography>
      )}
    </>
  );
}

export function OrderValue({ row }: { row: DownloadRow }) {
  const { t } = useTranslation();
  return (
    <>
      {t('downloads.orderNumber', { id: row.orderId })}
      <Typography
        component="span"
        variant="body2"
        color="text.secondary"
        sx={{ display: 'block', fontFamily: 'monospace' }}
      >
        <Box component="span" sx={visuallyHidden}>{`${t('downloads.orderKey')}: `}</Box>
        {row.orderKey}
      </Typography>
    </>
  );
}

export function RemainingValue({ row }: { row: DownloadRow }) {
  const { t, i18n } = useTranslation();
  return row.remaining === undefined
    ? t('downloads.unlimited')
    : formatCount(row.remaining, i18n.language);
}

export function ExpiresValue({ row }: { row: DownloadRow }) {
  const { t } = useTranslation();
  if (row.expires.kind === 'never') return t('downloads.never');
  return (
    <>
      {row.expires.siteTime
        ? t('customerDetail.dates.siteTime', { time: row.expires.text })
        : row.expires.text}
      {row.expires.expired && (
        <Chip label={t('downloads.expired')} size="small" color="warning" sx={{ ml: 1 }} />
      )}
    </>
  );
}

/** Open (http(s) only) and copy. Any other scheme is shown as text and never becomes a link. */
export function LinkActions({
  row,
  onCopy,
}: {
  row: DownloadRow;
  onCopy(url: string, file: string): void;
}) {
  const { t } = useTranslation();
  if (!row.href) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {t('downloads.notWebLink', { url: row.url })}
      </Typography>
    );
  }
  const label = t('downloads.copy', { file: row.fileName });
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
      <Link
        href={row.href}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={t('downloads.openFor', { file: row.fileName })}
      >
        {t('downloads.open')}
      </Link>
      <Tooltip title={label}>
        <IconButton
          aria-label={label}
          size="small"
          onClick={() => onCopy(row.href ?? row.url, row.fileName)}
        >
          <ContentCopyIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    </Stack>
  );
}
