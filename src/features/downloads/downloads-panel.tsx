import './strings';
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import Typography from '@mui/material/Typography';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useApiClient } from '../../session/api-client-context';
import { useCustomerDownloads } from '../../queries/use-customer-downloads';
import { ErrorMessage } from '../../components/status-messages';
import { toDownloadRow } from './download-row';
import { DownloadsCards } from './downloads-cards';
import { DownloadsTable } from './downloads-table';
import { useCopyLink } from './use-copy-link';
import { DetailSection } from '../../components/detail-section';

/** The customer's download permissions (`GET /customers/<id>/downloads`), with their states. */
export function DownloadsPanel({ customerId }: { customerId: number }) {
  const { t, i18n } = useTranslation();
  const { version } = useApiClient().config;
  const downloads = useCustomerDownloads(customerId);
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'));
  const { notice, copy, dismiss } = useCopyLink();
  const rows = useMemo(() => {
    const now = new Date();
    return downloads.data?.map((d) => toDownloadRow(d, version, i18n.language, now));
  }, [downloads.data, version, i18n.language]);

  let body;
  if (rows && rows.length === 0)
    body = <Typography color="text.secondary">{t('downloads.empty')}</Typography>;
  else if (rows) {
    const onCopy = (url: string, file: string) => void copy(url, file);
    body = narrow ? (
      <DownloadsCards rows={rows} onCopy={onCopy} />
    ) : (
      <DownloadsTable rows={rows} onCopy={onCopy} />
    );
  } else if (downloads.error) {
    body = <ErrorMessage error={downloads.error} onRetry={() => void downloads.refetch()} />;
  } else {
    body = (
      <div role="status" aria-label={t('downloads.loading')}>
        <Skeleton height={32} aria-hidden />
        <Skeleton height={32} aria-hidden />
      </div>
    );
  }

  return (
    <DetailSection title={t('downloads.heading')} wide>
      {body}
      <Snackbar
        open={notice !== null}
        autoHideDuration={notice?.ok === false ? null : 5000}
        onClose={dismiss}
        message={
          notice?.ok
            ? t('downloads.copied', { file: notice.file })
            : notice && t('downloads.copyFailed', { url: notice.url })
        }
      />
    </DetailSection>
  );
}
