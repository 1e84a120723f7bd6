import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { visuallyHidden } from '../../components/visually-hidden';

/**
 * Label/value pairs laid out as a two-column grid. Each pair is a group named by its label (see
 * DetailField); a <dl> cannot hold such groups (axe: definition-list), so plain elements with
 * the term and definition roles it is.
 */
export function DetailList({ children }: { children: ReactNode }) {
  return (
    <Box
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(8rem, max-content) 1fr' },
        columnGap: 2,
        rowGap: { xs: 0.25, sm: 1 },
      }}
    >
      {children}
    </Box>
  );
}

/** The lock alone, decorative (the legend above the fields spells out what it means). */
export function ReadOnlyIcon() {
  return (
    <LockOutlinedIcon
      aria-hidden
      sx={{ fontSize: '0.95em', mx: 0.5, verticalAlign: '-0.1em', color: 'text.disabled' }}
    />
  );
}

/** The lock shown beside fields the store sets itself; its words are for screen readers. */
export function ReadOnlyMark() {
  const { t } = useTranslation();
  return (
    <>
      <ReadOnlyIcon />
      <Box component="span" sx={visuallyHidden}>
        {` (${t('customerDetail.readOnly')})`}
      </Box>
    </>
  );
}

interface DetailFieldProps {
  label: string;
  readOnly?: boolean;
  /** Not known yet (the full customer is still loading): a skeleton stands in. */
  pending?: boolean;
  children?: ReactNode;
}

/** One label and its value, as a group named by the label: how a reader finds a value by name. */
export function DetailField({ label, readOnly, pending, children }: DetailFieldProps) {
  const id = useId();
  return (
    <Box role="group" aria-labelledby={id} sx={{ display: 'contents' }}>
      <Typography
        component="div"
        role="term"
        id={id}
        variant="body2"
        color="text.secondary"
        sx={{ mt: { xs: 1, sm: 0 } }}
      >
        {label}
        {readOnly && <ReadOnlyMark />}
      </Typography>
      <Typography component="div" role="definition" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {pending ? <Skeleton width="10rem" aria-hidden /> : children}
      </Typography>
    </Box>
  );
}
