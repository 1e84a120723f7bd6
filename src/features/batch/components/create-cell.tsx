import { useState } from 'react';
import TextField from '@mui/material/TextField';

interface CreateCellProps {
  label: string;
  value: string;
  invalid: boolean;
  onCommit(value: string): void;
}

/**
 * One editable cell. Typing stays local and is written to the queue when the cell is left (or on
 * Enter), so a 10,000-operation queue is not re-saved on every keystroke.
 */
export function CreateCell({ label, value, invalid, onCommit }: CreateCellProps) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  // The queue changed under us (another tab, a merge): show the new value.
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <TextField
      size="small"
      variant="standard"
      fullWidth
      value={draft}
      error={invalid}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      slotProps={{ htmlInput: { 'aria-label': label, 'aria-invalid': invalid } }}
    />
  );
}
