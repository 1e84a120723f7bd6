import { useId, type ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

/** A titled part of the customer view (its own fields, downloads, orders): a landmark region named
 * by its heading. */
export function DetailSection({
  title,
  children,
  wide,
}: {
  title: string;
  children: ReactNode;
  /** Spans both columns of the detail grid (tables). */
  wide?: boolean;
}) {
  const id = useId();
  return (
    <Paper
      component="section"
      aria-labelledby={id}
      variant="outlined"
      sx={{ p: { xs: 1.5, sm: 2 }, minWidth: 0, gridColumn: wide ? '1 / -1' : undefined }}
    >
      <Typography id={id} variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}
