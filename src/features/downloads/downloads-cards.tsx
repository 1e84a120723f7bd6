import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
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

/**
 * A term and its value, grouped and named by the term (see customer-detail's DetailField); ARIA
 * roles rather than <dl>, which may not contain named groups.
 */
function Pair({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <Typography
        component="div"
        role="term"
        id={id}
        variant="body2"
        color="text.secondary"
        sx={{ mt: 1 }}
      >
        {label}
      </Typography>
      <Typography component="div" role="definition" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </div>
  );
}

/** Narrow screens: six columns do not fit in 360 px, so each download is a list of its fields. */
export function DownloadsCards({ rows, onCopy }: { rows: DownloadRow[]; onCopy: OnCopy }) {
  const { t } = useTranslation();
  return (
    <Box component="ul" aria-label={t('downloads.heading')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {rows.map((row, index) => (
        <Box component="li" key={row.key}>
          {index > 0 && <Divider sx={{ my: 1.5 }} />}
          <Box sx={{ m: 0 }}>
            <Pair label={t('downloads.product')}>
              <ProductValue row={row} />
            </Pair>
            <Pair label={t('downloads.file')}>
              <FileValue row={row} />
            </Pair>
            <Pair label={t('downloads.order')}>
              <OrderValue row={row} />
            </Pair>
            <Pair label={t('downloads.remaining')}>
              <RemainingValue row={row} />
            </Pair>
            <Pair label={t('downloads.expires')}>
              <ExpiresValue row={row} />
            </Pair>
          </Box>
          <Box sx={{ mt: 1 }}>
            <LinkActions row={row} onCopy={onCopy} />
          </Box>
        </Box>
      ))}
    </Box>
  );
}
